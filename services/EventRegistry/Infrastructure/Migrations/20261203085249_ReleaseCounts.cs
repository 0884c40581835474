using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.EventRegistry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReleaseCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "activity_count",
                table: "catalog_releases",
                type: "integer",
                nullable: false,
                computedColumnSql: "jsonb_array_length(entries)",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "added_count",
                table: "catalog_releases",
                type: "integer",
                nullable: false,
                computedColumnSql: "jsonb_array_length(changes -> 'added')",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "cancelled_count",
                table: "catalog_releases",
                type: "integer",
                nullable: false,
                computedColumnSql: "jsonb_array_length(changes -> 'cancelled')",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "changed_count",
                table: "catalog_releases",
                type: "integer",
                nullable: false,
                computedColumnSql: "jsonb_array_length(changes -> 'changed')",
                stored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "activity_count",
                table: "catalog_releases");

            migrationBuilder.DropColumn(
                name: "added_count",
                table: "catalog_releases");

            migrationBuilder.DropColumn(
                name: "cancelled_count",
                table: "catalog_releases");

            migrationBuilder.DropColumn(
                name: "changed_count",
                table: "catalog_releases");
        }
    }
}

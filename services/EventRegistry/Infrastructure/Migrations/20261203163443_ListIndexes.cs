using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.EventRegistry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activities_region_code",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "ix_activities_region_code_status_id",
                table: "activities",
                columns: new[] { "region_code", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_status_id",
                table: "activities",
                columns: new[] { "status", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activities_region_code_status_id",
                table: "activities");

            migrationBuilder.DropIndex(
                name: "ix_activities_status_id",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "ix_activities_region_code",
                table: "activities",
                column: "region_code");
        }
    }
}

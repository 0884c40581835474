using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.EventRegistry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseOutOfRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "out_of_region",
                table: "key_enterprises",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "out_of_region",
                table: "key_enterprises");
        }
    }
}

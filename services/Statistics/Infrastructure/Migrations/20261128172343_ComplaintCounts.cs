using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Statistics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaint_counts",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_counts", x => new { x.region_code, x.category, x.day });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_counts");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Statistics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReportApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_national_totals",
                table: "national_totals");

            migrationBuilder.AddColumn<string>(
                name: "approvals",
                table: "reports",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            // xmin is PostgreSQL's own system column: the row version needs no column of its own.
            migrationBuilder.AddColumn<string>(
                name: "level",
                table: "national_totals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // The totals kept so far are the submitted level's.
                defaultValue: "Submitted");

            migrationBuilder.AddPrimaryKey(
                name: "pk_national_totals",
                table: "national_totals",
                columns: new[] { "period_code", "indicator_code", "level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_national_totals",
                table: "national_totals");

            migrationBuilder.DropColumn(
                name: "approvals",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "level",
                table: "national_totals");

            migrationBuilder.AddPrimaryKey(
                name: "pk_national_totals",
                table: "national_totals",
                columns: new[] { "period_code", "indicator_code" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class HandlersListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_responsible_region_status",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_responsible_region_status_acceptance_due_at_id",
                table: "cases",
                columns: new[] { "responsible_region", "status", "acceptance_due_at", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_responsible_region_status_acceptance_due_at_id",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_responsible_region_status",
                table: "cases",
                columns: new[] { "responsible_region", "status" });
        }
    }
}

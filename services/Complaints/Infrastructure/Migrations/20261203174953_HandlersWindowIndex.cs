using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class HandlersWindowIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_cases_responsible_region_status_received_at",
                table: "cases",
                columns: new[] { "responsible_region", "status", "received_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "acceptance_due_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_responsible_region_status_received_at",
                table: "cases");
        }
    }
}

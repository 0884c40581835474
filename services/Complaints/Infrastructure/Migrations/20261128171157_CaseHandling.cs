using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_acceptance_due_at",
                table: "cases");

            migrationBuilder.AddColumn<string>(
                name: "findings",
                table: "cases",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "history",
                table: "cases",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "mediation_due_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "overdue_notified_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_acceptance_due_at",
                table: "cases",
                column: "acceptance_due_at",
                filter: "status = 'Received' AND overdue_notified_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_acceptance_due_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "findings",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "history",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "mediation_due_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "overdue_notified_at",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_acceptance_due_at",
                table: "cases",
                column: "acceptance_due_at",
                filter: "status = 'Received'");
        }
    }
}

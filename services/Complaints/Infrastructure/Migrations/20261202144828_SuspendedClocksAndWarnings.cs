using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SuspendedClocksAndWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "acceptance_warned_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "mediation_warned_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "suspended_for",
                table: "cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "suspended_since",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "suspended_working_days",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "verification_warned_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_mediation_due_at",
                table: "cases",
                column: "mediation_due_at",
                filter: "status = 'InMediation' AND mediation_warned_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_cases_verification_due_at",
                table: "cases",
                column: "verification_due_at",
                filter: "verification_due_at IS NOT NULL AND verification_warned_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_mediation_due_at",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_verification_due_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "acceptance_warned_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "mediation_warned_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "suspended_for",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "suspended_since",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "suspended_working_days",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "verification_warned_at",
                table: "cases");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CaseFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "duplicate_key",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "possible_duplicates",
                table: "cases",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "possible_mark_misuse",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "known_licences",
                columns: table => new
                {
                    license_id = table.Column<Guid>(type: "uuid", nullable: false),
                    licensee_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    licensee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_licences", x => x.license_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_duplicate_key_received_at",
                table: "cases",
                columns: new[] { "duplicate_key", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_known_licences_licensee_id_active",
                table: "known_licences",
                columns: new[] { "licensee_id", "active" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "known_licences");

            migrationBuilder.DropIndex(
                name: "ix_cases_duplicate_key_received_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "duplicate_key",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "possible_duplicates",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "possible_mark_misuse",
                table: "cases");
        }
    }
}

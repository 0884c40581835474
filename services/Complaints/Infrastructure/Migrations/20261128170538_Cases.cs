using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hotline_client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    hotline_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    request_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    complainant = table.Column<string>(type: "jsonb", nullable: false),
                    respondent = table.Column<string>(type: "jsonb", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    amount_involved = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    attachment_links = table.Column<string>(type: "jsonb", nullable: false),
                    responsible_region = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: true),
                    routed_by = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    acceptance_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    verification_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    calendar_covered = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "known_activities",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_activities", x => x.activity_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_acceptance_due_at",
                table: "cases",
                column: "acceptance_due_at",
                filter: "status = 'Received'");

            migrationBuilder.CreateIndex(
                name: "ix_cases_hotline_client_id_hotline_reference",
                table: "cases",
                columns: new[] { "hotline_client_id", "hotline_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_responsible_region_status",
                table: "cases",
                columns: new[] { "responsible_region", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "known_activities");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Statistics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReportingIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaign_summaries",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "text", nullable: false),
                    campaign_code = table.Column<string>(type: "text", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    overall_situation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    experiences = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    recommendations = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    submitted_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_summaries", x => new { x.region_code, x.campaign_code });
                });

            migrationBuilder.CreateTable(
                name: "catalog_activities",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "text", nullable: false),
                    campaign_code = table.Column<string>(type: "text", nullable: true),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_activities", x => x.activity_id);
                });

            migrationBuilder.CreateTable(
                name: "correction_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    period_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<string>(type: "text", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decision_note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_correction_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deadline_notices",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "text", nullable: false),
                    period_code = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    noticed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deadline_notices", x => new { x.region_code, x.period_code, x.kind });
                });

            migrationBuilder.CreateTable(
                name: "forms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    indicators = table.Column<string>(type: "jsonb", nullable: false),
                    rules = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_forms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "granted_licences",
                columns: table => new
                {
                    license_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "text", nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_granted_licences", x => x.license_id);
                });

            migrationBuilder.CreateTable(
                name: "national_totals",
                columns: table => new
                {
                    period_code = table.Column<string>(type: "text", nullable: false),
                    indicator_code = table.Column<string>(type: "text", nullable: false),
                    total = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    units = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_totals", x => new { x.period_code, x.indicator_code });
                });

            migrationBuilder.CreateTable(
                name: "report_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "text", nullable: false),
                    correction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_revisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    campaign_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    grace_working_days = table.Column<int>(type: "integer", nullable: false),
                    lock_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_periods", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    period_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    form_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    first_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    outliers = table.Column<string>(type: "jsonb", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_contacts",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    responsible = table.Column<string>(type: "jsonb", nullable: false),
                    deputies = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_contacts", x => x.region_code);
                });

            migrationBuilder.CreateIndex(
                name: "ix_catalog_activities_campaign_code_region_code",
                table: "catalog_activities",
                columns: new[] { "campaign_code", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_correction_requests_region_code_period_code_status",
                table: "correction_requests",
                columns: new[] { "region_code", "period_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_forms_campaign_code_version",
                table: "forms",
                columns: new[] { "campaign_code", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_granted_licences_region_code",
                table: "granted_licences",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_report_revisions_report_id_version",
                table: "report_revisions",
                columns: new[] { "report_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reporting_periods_due_at",
                table: "reporting_periods",
                column: "due_at");

            migrationBuilder.CreateIndex(
                name: "ix_reports_period_code_region_code",
                table: "reports",
                columns: new[] { "period_code", "region_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_region_code_period_code",
                table: "reports",
                columns: new[] { "region_code", "period_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_summaries");

            migrationBuilder.DropTable(
                name: "catalog_activities");

            migrationBuilder.DropTable(
                name: "correction_requests");

            migrationBuilder.DropTable(
                name: "deadline_notices");

            migrationBuilder.DropTable(
                name: "forms");

            migrationBuilder.DropTable(
                name: "granted_licences");

            migrationBuilder.DropTable(
                name: "national_totals");

            migrationBuilder.DropTable(
                name: "report_revisions");

            migrationBuilder.DropTable(
                name: "reporting_periods");

            migrationBuilder.DropTable(
                name: "reports");

            migrationBuilder.DropTable(
                name: "unit_contacts");
        }
    }
}

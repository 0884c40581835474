using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Licensing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Licences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "campaign_code",
                table: "licensable_enterprises",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "campaign_ends_on",
                table: "licensable_enterprises",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "campaign_id",
                table: "licensable_enterprises",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_commitment",
                table: "licensable_enterprises",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "licensable_activities",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    campaign_ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    title = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    city_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licensable_activities", x => x.activity_id);
                });

            migrationBuilder.CreateTable(
                name: "license_number_counters",
                columns: table => new
                {
                    campaign_code = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "text", nullable: false),
                    last_serial = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_license_number_counters", x => new { x.campaign_code, x.region_code });
                });

            migrationBuilder.CreateTable(
                name: "licenses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    licensee_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    licensee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    licensee_public_name = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    scope = table.Column<string>(type: "jsonb", nullable: false),
                    valid_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    valid_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    granted_by = table.Column<string>(type: "text", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_licenses", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_licenses_licensee_kind_licensee_id",
                table: "licenses",
                columns: new[] { "licensee_kind", "licensee_id" });

            migrationBuilder.CreateIndex(
                name: "ix_licenses_number",
                table: "licenses",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_licenses_region_code",
                table: "licenses",
                column: "region_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "licensable_activities");

            migrationBuilder.DropTable(
                name: "license_number_counters");

            migrationBuilder.DropTable(
                name: "licenses");

            migrationBuilder.DropColumn(
                name: "campaign_code",
                table: "licensable_enterprises");

            migrationBuilder.DropColumn(
                name: "campaign_ends_on",
                table: "licensable_enterprises");

            migrationBuilder.DropColumn(
                name: "campaign_id",
                table: "licensable_enterprises");

            migrationBuilder.DropColumn(
                name: "has_commitment",
                table: "licensable_enterprises");
        }
    }
}

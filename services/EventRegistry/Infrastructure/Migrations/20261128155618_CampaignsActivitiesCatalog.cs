using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PromoMonth.EventRegistry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CampaignsActivitiesCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_key_enterprises_credit_code",
                table: "key_enterprises");

            migrationBuilder.AddColumn<Guid>(
                name: "campaign_id",
                table: "key_enterprises",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "commitment",
                table: "key_enterprises",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact",
                table: "key_enterprises",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    details = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    safety_incidents = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    safety_flagged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    theme = table.Column<string>(type: "text", nullable: false),
                    window = table.Column<string>(type: "jsonb", nullable: false),
                    launch_date = table.Column<DateOnly>(type: "date", nullable: false),
                    launch_venue = table.Column<string>(type: "text", nullable: false),
                    launch_broadcast = table.Column<string>(type: "text", nullable: false),
                    organisers = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_releases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entries = table.Column<string>(type: "jsonb", nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_releases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commitment_documents",
                columns: table => new
                {
                    enterprise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_documents", x => x.enterprise_id);
                });

            migrationBuilder.CreateTable(
                name: "launch_linkups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    slot_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    slot_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    venue = table.Column<string>(type: "text", nullable: false),
                    liaison_name = table.Column<string>(type: "text", nullable: true),
                    liaison_phone = table.Column<string>(type: "text", nullable: true),
                    readiness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    readiness_notes = table.Column<string>(type: "text", nullable: true),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_launch_linkups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activity_transitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    previous_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    previous_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_transitions_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_key_enterprises_campaign_id_credit_code",
                table: "key_enterprises",
                columns: new[] { "campaign_id", "credit_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_key_enterprises_credit_code",
                table: "key_enterprises",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_activities_campaign_id_status",
                table: "activities",
                columns: new[] { "campaign_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_region_code",
                table: "activities",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_activity_transitions_activity_id",
                table: "activity_transitions",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_code",
                table: "campaigns",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalog_releases_campaign_id_version",
                table: "catalog_releases",
                columns: new[] { "campaign_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_launch_linkups_campaign_id_region_code",
                table: "launch_linkups",
                columns: new[] { "campaign_id", "region_code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_transitions");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "catalog_releases");

            migrationBuilder.DropTable(
                name: "commitment_documents");

            migrationBuilder.DropTable(
                name: "launch_linkups");

            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropIndex(
                name: "ix_key_enterprises_campaign_id_credit_code",
                table: "key_enterprises");

            migrationBuilder.DropIndex(
                name: "ix_key_enterprises_credit_code",
                table: "key_enterprises");

            migrationBuilder.DropColumn(
                name: "campaign_id",
                table: "key_enterprises");

            migrationBuilder.DropColumn(
                name: "commitment",
                table: "key_enterprises");

            migrationBuilder.DropColumn(
                name: "contact",
                table: "key_enterprises");

            migrationBuilder.CreateIndex(
                name: "ix_key_enterprises_credit_code",
                table: "key_enterprises",
                column: "credit_code",
                unique: true);
        }
    }
}

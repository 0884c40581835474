using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Licensing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CredentialStatusPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "licence_status_positions",
                startValue: 0L,
                minValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "granting_unit",
                table: "licenses",
                type: "character(6)",
                fixedLength: true,
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "status_position",
                table: "licenses",
                type: "bigint",
                nullable: false,
                defaultValueSql: "nextval('licence_status_positions')");

            // Licences granted before the column existed: a unit's client is named after its region.
            migrationBuilder.Sql("UPDATE licenses SET granting_unit = region_code WHERE granted_by LIKE 'unit-%';");

            migrationBuilder.CreateTable(
                name: "credential_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_key = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    activates_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credential_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_licenses_set_status_bits",
                table: "licenses",
                columns: new[] { "status", "status_position" },
                filter: "status IN ('Revoked', 'Suspended')");

            migrationBuilder.CreateIndex(
                name: "ix_licenses_status_position",
                table: "licenses",
                column: "status_position",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credential_keys");

            migrationBuilder.DropIndex(
                name: "ix_licenses_set_status_bits",
                table: "licenses");

            migrationBuilder.DropIndex(
                name: "ix_licenses_status_position",
                table: "licenses");

            migrationBuilder.DropColumn(
                name: "granting_unit",
                table: "licenses");

            migrationBuilder.DropColumn(
                name: "status_position",
                table: "licenses");

            migrationBuilder.DropSequence(
                name: "licence_status_positions");
        }
    }
}

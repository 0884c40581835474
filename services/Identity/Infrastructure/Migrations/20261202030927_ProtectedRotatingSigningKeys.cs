using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProtectedRotatingSigningKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "private_key_pem",
                table: "signing_keys",
                newName: "protected_key");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "activates_at",
                table: "signing_keys",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Keys from before rotation signed from their creation; their plain PEM is protected at the first start.
            migrationBuilder.Sql("UPDATE signing_keys SET activates_at = created_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "activates_at",
                table: "signing_keys");

            migrationBuilder.RenameColumn(
                name: "protected_key",
                table: "signing_keys",
                newName: "private_key_pem");
        }
    }
}

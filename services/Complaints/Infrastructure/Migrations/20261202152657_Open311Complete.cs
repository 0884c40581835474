using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Open311Complete : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "latitude",
                table: "cases",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "longitude",
                table: "cases",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // A case's last change is its last step's time (the history keeps them in order), else its creation.
            migrationBuilder.Sql(
                "UPDATE cases SET updated_at = COALESCE((history -> -1 ->> 'at')::timestamptz, created_at);");

            migrationBuilder.CreateIndex(
                name: "ix_cases_hotline_client_id_updated_at",
                table: "cases",
                columns: new[] { "hotline_client_id", "updated_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_hotline_client_id_updated_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "latitude",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "longitude",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "cases");
        }
    }
}

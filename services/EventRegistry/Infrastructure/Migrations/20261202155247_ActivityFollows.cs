using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.EventRegistry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ActivityFollows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_follows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    follower_client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    followed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_follows", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activity_follows_activity_id_follower_client_id",
                table: "activity_follows",
                columns: new[] { "activity_id", "follower_client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_activity_follows_follower_client_id_followed_at",
                table: "activity_follows",
                columns: new[] { "follower_client_id", "followed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_follows");
        }
    }
}

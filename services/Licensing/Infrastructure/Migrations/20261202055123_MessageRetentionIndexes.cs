using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Licensing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MessageRetentionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_published_at",
                table: "outbox_messages",
                column: "published_at",
                filter: "published_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_handled_at",
                table: "inbox_messages",
                column: "handled_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_published_at",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_handled_at",
                table: "inbox_messages");
        }
    }
}

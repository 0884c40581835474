using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Licensing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CreditCodeOncePerCampaign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_licensable_enterprises_credit_code",
                table: "licensable_enterprises");

            migrationBuilder.CreateIndex(
                name: "ix_licensable_enterprises_credit_code",
                table: "licensable_enterprises",
                column: "credit_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_licensable_enterprises_credit_code",
                table: "licensable_enterprises");

            migrationBuilder.CreateIndex(
                name: "ix_licensable_enterprises_credit_code",
                table: "licensable_enterprises",
                column: "credit_code",
                unique: true);
        }
    }
}

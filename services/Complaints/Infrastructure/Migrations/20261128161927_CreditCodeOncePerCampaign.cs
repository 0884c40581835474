using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PromoMonth.Complaints.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CreditCodeOncePerCampaign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_known_respondents_credit_code",
                table: "known_respondents");

            migrationBuilder.CreateIndex(
                name: "ix_known_respondents_credit_code",
                table: "known_respondents",
                column: "credit_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_known_respondents_credit_code",
                table: "known_respondents");

            migrationBuilder.CreateIndex(
                name: "ix_known_respondents_credit_code",
                table: "known_respondents",
                column: "credit_code",
                unique: true);
        }
    }
}

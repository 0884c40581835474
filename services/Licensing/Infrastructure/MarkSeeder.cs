using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Infrastructure;

public static class MarkSeeder
{
    /// <summary>
    /// The 2020 mark exists from the first start, with its rules and a placeholder logo until the ministry uploads the
    /// artwork.
    /// </summary>
    public static async Task SeedMarkAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        if (await db.Marks.AnyAsync(m => m.CampaignCode == "2020"))
        {
            return;
        }
        db.Marks.Add(Mark.Of2020(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow()));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another replica seeded it first.
        }
    }
}

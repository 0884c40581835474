using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;

namespace PromoMonth.EventRegistry.Campaigns;

public static class CampaignSeeder
{
    /// <summary>The 2020 campaign exists from the first start; replicas racing to create it meet at the unique code.</summary>
    public static async Task SeedCampaignsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await db.Campaigns.AnyAsync(c => c.Code == "2020"))
        {
            return;
        }
        db.Campaigns.Add(Campaign.Of2020(clock.GetUtcNow()));
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

using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;

namespace PromoMonth.Statistics.Infrastructure;

/// <summary>
/// Puts the 2020 form and periods in place on first start. Replicas starting together serialise on a transaction
/// advisory lock, so the seed lands once.
/// </summary>
public static class StatisticsSeeder
{
    private const long SeedLock = 0x5354_4154_5345_4544; // "STATSEED"

    public static Task SeedStatisticsAsync(this WebApplication app) => app.Services.SeedStatisticsAsync();

    public static async Task SeedStatisticsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatisticsDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLock})");
        if (!await db.Forms.AnyAsync(f => f.CampaignCode == Form2020.CampaignCode))
        {
            db.Forms.Add(Form2020.Create(now));
        }
        var known = await db.Periods.Select(p => p.Code).ToListAsync();
        db.Periods.AddRange(CampaignPeriods.For2020(WorkdayCalendar.China).Where(p => !known.Contains(p.Code)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}

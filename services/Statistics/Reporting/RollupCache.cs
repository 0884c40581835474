using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using ZiggyCreatures.Caching.Fusion;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// National roll-ups of each level (submitted or accepted figures), cached (memory, Redis, and a backplane across
/// replicas) and dropped at every submission and approval step, so a roll-up read between them costs no database work
/// and one right after sees it. Fail-safe: with
/// the database away, the last figures are served.
/// </summary>
public sealed class RollupCache(IFusionCache cache, IServiceScopeFactory scopes)
{
    private const string Tag = "statistics-rollups";
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    public ValueTask<PeriodNational?> PeriodAsync(string periodCode, FigureLevel level, CancellationToken cancellationToken) =>
        cache.GetOrSetFoundAsync($"statistics:rollup:period:{level}:{periodCode}", async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StatisticsDbContext>();
            var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == periodCode, ct);
            if (period is null)
            {
                return null;
            }
            var form = await db.Forms.AsNoTracking().CurrentAsync(period.CampaignCode, ct);
            var totals = await db.NationalTotals.AsNoTracking()
                .Where(t => t.PeriodCode == periodCode && t.Level == level).ToListAsync(ct);
            var submitted = await db.Reports.Where(r => r.PeriodCode == periodCode).Counting(level).CountAsync(ct);
            return new PeriodNational(period.CampaignCode, form!.Version, form.Indicators, National(form, totals), submitted);
        }, Duration, cancellationToken, tags: [Tag]);

    public ValueTask<CampaignDailyRollup?> CampaignDailyAsync(
        string campaignCode, FigureLevel level, CancellationToken cancellationToken) =>
        cache.GetOrSetFoundAsync($"statistics:rollup:daily:{level}:{campaignCode}", async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StatisticsDbContext>();
            var form = await db.Forms.AsNoTracking().CurrentAsync(campaignCode, ct);
            if (form is null)
            {
                return null;
            }
            var daily = db.Periods.Where(p => p.CampaignCode == campaignCode && p.Kind == PeriodKind.Daily).Select(p => p.Code);
            var days = await daily.CountAsync(ct);
            var sums = await db.NationalTotals.AsNoTracking().Where(t => daily.Contains(t.PeriodCode) && t.Level == level)
                .GroupBy(t => t.IndicatorCode)
                .Select(g => new { Indicator = g.Key, Total = g.Sum(t => t.Total), Units = g.Max(t => t.Units) })
                .ToListAsync(ct);
            var totals = sums.Select(s => new NationalTotal { PeriodCode = "*", IndicatorCode = s.Indicator, Total = s.Total,
                Units = s.Units }).ToList();
            return new CampaignDailyRollup(campaignCode, days, National(form, totals), level);
        }, Duration, cancellationToken, tags: [Tag]);

    /// <summary>Each tracking day's national figures from the running totals, computed indicators from each day's sums.</summary>
    public ValueTask<List<DailyFigures>?> CampaignDaysAsync(string campaignCode, FigureLevel level, CancellationToken cancellationToken) =>
        cache.GetOrSetFoundAsync($"statistics:rollup:days:{level}:{campaignCode}", async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StatisticsDbContext>();
            var form = await db.Forms.AsNoTracking().CurrentAsync(campaignCode, ct);
            if (form is null)
            {
                return null;
            }
            var daily = await db.Periods.AsNoTracking()
                .Where(p => p.CampaignCode == campaignCode && p.Kind == PeriodKind.Daily)
                .OrderBy(p => p.StartsOn).Select(p => new { p.Code, p.StartsOn }).ToListAsync(ct);
            var codes = daily.Select(d => d.Code).ToList();
            var totals = await db.NationalTotals.AsNoTracking()
                .Where(t => codes.Contains(t.PeriodCode) && t.Level == level).ToListAsync(ct);
            var reported = await db.Reports.AsNoTracking()
                .Where(r => codes.Contains(r.PeriodCode)).Counting(level)
                .GroupBy(r => r.PeriodCode).Select(g => new { Period = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Period, g => g.Count, ct);
            var byPeriod = totals.ToLookup(t => t.PeriodCode, StringComparer.Ordinal);
            return daily.Select(d => new DailyFigures(d.Code, d.StartsOn, reported.GetValueOrDefault(d.Code),
                National(form, [.. byPeriod[d.Code]]))).ToList();
        }, Duration, cancellationToken, tags: [Tag]);

    /// <summary>After any submission or approval step: every replica drops every cached roll-up.</summary>
    public ValueTask ChangedAsync(CancellationToken cancellationToken) => cache.RemoveByTagAsync(Tag, token: cancellationToken);

    public static List<RollupRow> National(StatisticsForm form, List<NationalTotal> totals)
    {
        var typed = totals.Where(t => t.Units > 0).ToDictionary(t => t.IndicatorCode, t => t.Total, StringComparer.Ordinal);
        var values = FormArithmetic.WithComputed(form.Indicators, typed);
        var units = totals.ToDictionary(t => t.IndicatorCode, t => t.Units, StringComparer.Ordinal);
        return [.. form.Indicators.Select(i => new RollupRow(i.Code, i.NameZh, i.NameEn, i.Unit,
            values.TryGetValue(i.Code, out var value) ? value : null, units.GetValueOrDefault(i.Code)))];
    }
}

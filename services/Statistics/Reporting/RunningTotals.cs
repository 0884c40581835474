using Microsoft.EntityFrameworkCore;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// The national running totals of one level, moved by the difference a batch of reports makes: a submission moves the
/// submitted level by its new values less its old, an acceptance adds a report to the accepted level, an unacceptance
/// takes it out. One statement per batch, an upsert, so two units moving the same total at once both count.
/// </summary>
public sealed class RunningTotals(FigureLevel level)
{
    private readonly Dictionary<(string Period, string Indicator), (decimal Total, int Units)> _deltas = [];

    public FigureLevel Level => level;

    /// <summary>One report's change: from the values it counted with before (none if it did not) to those it counts with now.</summary>
    public void Add(string period, IReadOnlyDictionary<string, decimal>? before, IReadOnlyDictionary<string, decimal>? after)
    {
        var had = before ?? Empty;
        var has = after ?? Empty;
        foreach (var code in had.Keys.Union(has.Keys))
        {
            var change = has.GetValueOrDefault(code) - had.GetValueOrDefault(code);
            var units = (has.ContainsKey(code) ? 1 : 0) - (had.ContainsKey(code) ? 1 : 0);
            var current = _deltas.GetValueOrDefault((period, code));
            _deltas[(period, code)] = (current.Total + change, current.Units + units);
        }
    }

    /// <summary>Writes the moves in the caller's transaction.</summary>
    public async Task MoveAsync(StatisticsDbContext db, CancellationToken cancellationToken)
    {
        if (_deltas.Count == 0)
        {
            return;
        }
        var periods = _deltas.Keys.Select(k => k.Period).ToArray();
        var indicators = _deltas.Keys.Select(k => k.Indicator).ToArray();
        var totals = _deltas.Values.Select(v => v.Total).ToArray();
        var units = _deltas.Values.Select(v => v.Units).ToArray();
        var stored = level.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO national_totals (period_code, indicator_code, level, total, units)
            SELECT p, i, {stored}, t, u FROM unnest({periods}::text[], {indicators}::text[], {totals}::numeric[], {units}::int[])
                AS d(p, i, t, u)
            ON CONFLICT (period_code, indicator_code, level) DO UPDATE
            SET total = national_totals.total + excluded.total, units = national_totals.units + excluded.units
            """, cancellationToken);
    }

    private static readonly Dictionary<string, decimal> Empty = [];
}

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>The audit of one save: who, when, and each value's old and new figure (DHIS2's data value audit).</summary>
public sealed class ReportRevision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required Guid ReportId { get; init; }
    public required int Version { get; init; }
    public required ReportStatus Status { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
    public required string ChangedBy { get; init; }
    public Guid? CorrectionId { get; init; }
    public required List<ValueChange> Changes { get; init; }

    public static List<ValueChange> Diff(ReportContent before, ReportContent after)
    {
        var changes = new List<ValueChange>();
        DiffValues(before.Values, after.Values, null, changes);
        DiffEntries(before.Cities, after.Cities, "city:", changes);
        DiffEntries(before.Enterprises, after.Enterprises, "enterprise:", changes);
        return changes;
    }

    private static void DiffEntries(List<BreakdownEntry> before, List<BreakdownEntry> after, string prefix, List<ValueChange> changes)
    {
        var old = before.ToDictionary(e => e.Key, e => e.Values, StringComparer.Ordinal);
        var @new = after.ToDictionary(e => e.Key, e => e.Values, StringComparer.Ordinal);
        foreach (var key in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            DiffValues(old.GetValueOrDefault(key) ?? [], @new.GetValueOrDefault(key) ?? [], prefix + key, changes);
        }
    }

    private static void DiffValues(Dictionary<string, decimal> before, Dictionary<string, decimal> after, string? breakdown,
        List<ValueChange> changes)
    {
        foreach (var indicator in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            decimal? old = before.TryGetValue(indicator, out var o) ? o : null;
            decimal? @new = after.TryGetValue(indicator, out var n) ? n : null;
            if (old != @new)
            {
                changes.Add(new(indicator, breakdown, old, @new));
            }
        }
    }
}

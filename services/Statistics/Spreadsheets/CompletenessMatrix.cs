namespace PromoMonth.Statistics.Spreadsheets;

/// <summary>Which unit reported for which period, and when: the facts behind the completeness sheet.</summary>
internal sealed class CompletenessMatrix(
    IReadOnlyList<CompletenessMatrix.Column> periods,
    IReadOnlyDictionary<(string Region, string Period), bool> submittedLate,
    DateTimeOffset now)
{
    public sealed record Column(string Code, string Name, DateTimeOffset DueAt);

    public IReadOnlyList<Column> Periods => periods;

    public UnitTimeliness StatusOf(string region, string period) =>
        submittedLate.TryGetValue((region, period), out var late)
            ? late ? UnitTimeliness.Late : UnitTimeliness.OnTime
            : periods.First(p => p.Code == period).DueAt <= now ? UnitTimeliness.Missing : UnitTimeliness.NotDue;
}

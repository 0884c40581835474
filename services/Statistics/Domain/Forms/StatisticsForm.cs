namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>
/// A version of a campaign's effectiveness form. A version that reports already use is never edited: changing it
/// makes the next version, and each report keeps the version it was filled in against.
/// </summary>
public sealed class StatisticsForm
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string CampaignCode { get; init; }
    public required int Version { get; init; }
    public required string Title { get; set; }
    public required List<Indicator> Indicators { get; set; }
    public required List<CrossRule> Rules { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    private IndicatorIndex? _index;

    /// <remarks>Looked up once per value of every report (a campaign's import checks hundreds of thousands), so by code
    /// from a dictionary built on first use, and built again if the indicator list is replaced (a draft version's edit).</remarks>
    public Indicator? Find(string code)
    {
        var index = _index;
        if (index is null || !ReferenceEquals(index.Of, Indicators))
        {
            _index = index = new(Indicators, Indicators.DistinctBy(i => i.Code, StringComparer.Ordinal).ToDictionary(i => i.Code, StringComparer.Ordinal));
        }
        return index.ByCode.GetValueOrDefault(code);
    }

    /// <summary>One object, so a reader sees the list and its dictionary together or not at all.</summary>
    private sealed record IndicatorIndex(List<Indicator> Of, Dictionary<string, Indicator> ByCode);
}

namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>
/// A version of a campaign's effectiveness form. A version that reports already use is never edited: changing it
/// makes the next version, and each report keeps the version it was filled in against.
/// </summary>
public sealed class StatisticsForm
{
    /// <summary>For EF, which sets the stored state.</summary>
    private StatisticsForm()
    {
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string CampaignCode { get; private init; } = "";
    public int Version { get; private init; }
    public string Title { get; private set; } = "";
    public List<Indicator> Indicators { get; private set; } = [];
    public List<CrossRule> Rules { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private init; }
    public string CreatedBy { get; private init; } = "";

    /// <summary>
    /// The campaign's form as defined now: the current version edited in place while no report uses it, else the next
    /// version (the first when the campaign has none), so a report always keeps the version it was filled in against.
    /// </summary>
    /// <param name="current">The campaign's latest version, if any.</param>
    /// <param name="currentInUse">Whether a report was filed against <paramref name="current"/>.</param>
    public static StatisticsForm Define(string campaignCode, FormDefinition definition, StatisticsForm? current, bool currentInUse,
        string by, DateTimeOffset at)
    {
        if (current is not null && !currentInUse)
        {
            current.Title = definition.Title;
            current.Indicators = definition.Indicators;
            current.Rules = definition.Rules;
            return current;
        }
        return new()
        {
            CampaignCode = campaignCode,
            Version = (current?.Version ?? 0) + 1,
            Title = definition.Title,
            Indicators = definition.Indicators,
            Rules = definition.Rules,
            CreatedAt = at,
            CreatedBy = by,
        };
    }

    private IndicatorIndex? _index;

    /// <remarks>Looked up once per value of every report (a campaign's import checks hundreds of thousands), so by code
    /// from a dictionary built on first use, and built again if the indicator list is replaced (a draft version's
    /// edit).</remarks>
    public Indicator? Find(string code)
    {
        var index = _index;
        if (index is null || !ReferenceEquals(index.Of, Indicators))
        {
            var byCode = Indicators.DistinctBy(i => i.Code, StringComparer.Ordinal).ToDictionary(i => i.Code, StringComparer.Ordinal);
            _index = index = new(Indicators, byCode);
        }
        return index.ByCode.GetValueOrDefault(code);
    }

    /// <summary>One object, so a reader sees the list and its dictionary together or not at all.</summary>
    private sealed record IndicatorIndex(List<Indicator> Of, Dictionary<string, Indicator> ByCode);
}

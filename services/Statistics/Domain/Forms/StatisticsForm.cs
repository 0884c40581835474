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

    public Indicator? Find(string code) => Indicators.Find(i => string.Equals(i.Code, code, StringComparison.Ordinal));
}

namespace PromoMonth.Statistics.Domain;

/// <summary>Cases received per reporting unit, category and day (Asia/Shanghai): the complaint counts of the roll-ups.</summary>
public sealed class ComplaintCount
{
    /// <summary>The unit, or "triage" for cases still with the ministry.</summary>
    public required string RegionCode { get; init; }
    public required string Category { get; init; }
    public DateOnly Day { get; init; }
    public int Received { get; set; }
}

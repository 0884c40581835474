namespace PromoMonth.Licensing.Domain;

/// <summary>An approved catalog activity as licensing knows it from the registry's events.</summary>
public sealed class LicensableActivity : ILicensable
{
    public Guid ActivityId { get; init; }
    public Guid CampaignId { get; init; }
    public string? CampaignCode { get; init; }
    public DateOnly? CampaignEndsOn { get; init; }
    public required string Title { get; init; }
    public required string RegionCode { get; init; }
    public required string CityCode { get; init; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public bool Cancelled { get; set; }

    // Explicit, so the EF model keeps the columns it has.
    LicenseeKind ILicensable.Kind => LicenseeKind.Activity;

    Guid ILicensable.LicenseeId => ActivityId;

    string ILicensable.PublicName => Title;

    /// <summary>A cancelled activity shows the mark nowhere.</summary>
    public string? WhyNotLicensable() => Cancelled ? "The activity is cancelled." : null;
}

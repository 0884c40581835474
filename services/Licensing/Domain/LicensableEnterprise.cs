namespace PromoMonth.Licensing.Domain;

/// <summary>
/// Licensing's own view of a registered key enterprise, built from the registry's events, so that a licence's
/// preconditions are checked without calling the registry.
/// </summary>
public sealed class LicensableEnterprise : ILicensable
{
    public Guid EnterpriseId { get; init; }
    public Guid? CampaignId { get; init; }
    public string? CampaignCode { get; init; }
    public DateOnly? CampaignEndsOn { get; init; }
    public required string CreditCode { get; init; }
    public required string Name { get; set; }
    public required string RegionCode { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Whether the commitment letter (安全、诚信、行业自律承诺书) is on file: a precondition of a licence.</summary>
    public bool HasCommitment { get; set; }

    // Explicit, so the EF model keeps the columns it has.
    LicenseeKind ILicensable.Kind => LicenseeKind.Enterprise;

    Guid ILicensable.LicenseeId => EnterpriseId;

    string ILicensable.PublicName => Name;

    Guid ILicensable.CampaignId => CampaignId ?? Guid.Empty;

    public string? WhyNotLicensable() => HasCommitment ? null : "The enterprise has no commitment letter on file.";
}

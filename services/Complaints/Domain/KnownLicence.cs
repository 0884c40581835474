namespace PromoMonth.Complaints.Domain;

/// <summary>
/// A licence of the mark as the complaints service knows it from licensing's events: a complaint about a campaign
/// respondent with no active licence is flagged as possible misuse of the mark.
/// </summary>
public sealed class KnownLicence
{
    public Guid LicenseId { get; init; }

    /// <summary>"enterprise" or "activity", as licensing names its licensees.</summary>
    public required string LicenseeKind { get; init; }
    public Guid LicenseeId { get; init; }
    public bool Active { get; set; }

    /// <summary>The time of the event that set <see cref="Active"/>: an older event arriving late changes nothing.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}

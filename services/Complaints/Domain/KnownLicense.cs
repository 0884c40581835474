namespace PromoMonth.Complaints.Domain;

/// <summary>
/// A licence of the mark as the complaints service knows it from licensing's events: a complaint about a campaign
/// respondent with no active licence is flagged as possible misuse of the mark.
/// </summary>
public sealed class KnownLicense
{
    public Guid LicenseId { get; init; }

    /// <summary>"enterprise" or "activity", as licensing names its licensees.</summary>
    public required string LicenseeKind { get; init; }
    public Guid LicenseeId { get; init; }
    public bool Active { get; private set; }

    /// <summary>The time of the event that set <see cref="Active"/>: an older event arriving late changes nothing.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The first event heard of a licence.</summary>
    public static KnownLicense First(Guid licenseId, string licenseeKind, Guid licenseeId, bool active, DateTimeOffset at) => new()
    {
        LicenseId = licenseId,
        LicenseeKind = licenseeKind.ToLowerInvariant(),
        LicenseeId = licenseeId,
        Active = active,
        ChangedAt = at,
    };

    /// <summary>Licensing's events may arrive out of order: the newest event time wins.</summary>
    public void Record(bool active, DateTimeOffset at)
    {
        if (at >= ChangedAt)
        {
            Active = active;
            ChangedAt = at;
        }
    }
}

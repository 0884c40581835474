using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// A region's live video link-up with the launch ceremony (连线地区): its slot and venue, the liaison the region names,
/// and the technical readiness check that makes the link-up smooth on the day.
/// </summary>
public sealed class LaunchLinkup : AggregateRoot
{
    private LaunchLinkup()
    {
    }

    public Guid Id { get; private init; }
    public Guid CampaignId { get; private init; }
    public string RegionCode { get; private init; } = string.Empty;
    public DateTimeOffset SlotStartsAt { get; private set; }
    public DateTimeOffset SlotEndsAt { get; private set; }
    public string Venue { get; private set; } = string.Empty;
    public string? LiaisonName { get; private set; }
    public string? LiaisonPhone { get; private set; }
    public Readiness Readiness { get; private set; }
    public string? ReadinessNotes { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }

    public static LaunchLinkup Designate(Guid campaignId, string regionCode, DateTimeOffset slotStartsAt, DateTimeOffset slotEndsAt,
        string venue, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaignId,
            RegionCode = regionCode,
            SlotStartsAt = slotStartsAt.ToUniversalTime(),
            SlotEndsAt = slotEndsAt.ToUniversalTime(),
            Venue = venue,
            Readiness = Readiness.Pending,
        };

    public void NameLiaison(string name, string phone)
    {
        LiaisonName = name.Trim();
        LiaisonPhone = phone.Trim();
    }

    /// <summary>Records the outcome of a readiness check; a failure must say what failed.</summary>
    public void ReportReadiness(Readiness readiness, string? notes, DateTimeOffset now)
    {
        if (readiness == Readiness.Pending)
        {
            throw new ArgumentException("A check reports ready or failed.", nameof(readiness));
        }
        if (readiness == Readiness.Failed && string.IsNullOrWhiteSpace(notes))
        {
            throw new ArgumentException("A failed check says what failed.", nameof(notes));
        }
        Readiness = readiness;
        ReadinessNotes = notes?.Trim();
        CheckedAt = now.ToUniversalTime();
        Raise(new LinkupReadinessReportedDomainEvent(this));
    }
}

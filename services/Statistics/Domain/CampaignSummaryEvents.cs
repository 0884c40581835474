using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain;

/// <summary>A unit submitted its campaign summary, tied to its whole-campaign report.</summary>
public sealed record SummarySubmittedDomainEvent(string RegionCode, string CampaignCode, Guid ReportId, bool Late,
    DateTimeOffset SubmittedAt)
    : IDomainEvent;

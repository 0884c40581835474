using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>A unit submitted (or resubmitted) its report for a period of the campaign: the version and timeliness it now has.</summary>
public sealed record ReportSubmittedDomainEvent(
    Guid ReportId, string RegionCode, string PeriodCode, string CampaignCode, int Version, bool Late, DateTimeOffset SubmittedAt)
    : IDomainEvent;

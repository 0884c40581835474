using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>A unit submitted (or resubmitted) its report for a period of the campaign: the version and timeliness it now has.</summary>
public sealed record ReportSubmittedDomainEvent(
    Guid ReportId, string RegionCode, string PeriodCode, string CampaignCode, int Version, bool Late, DateTimeOffset SubmittedAt)
    : IDomainEvent;

/// <summary>The ministry accepted a unit's report at this version: its figures count at the accepted level.</summary>
public sealed record ReportAcceptedDomainEvent(
    Guid ReportId, string RegionCode, string PeriodCode, string CampaignCode, int Version, DateTimeOffset AcceptedAt) : IDomainEvent;

/// <summary>The ministry returned a unit's report with a reason, for the unit to correct and resubmit.</summary>
public sealed record ReportReturnedDomainEvent(
    Guid ReportId, string RegionCode, string PeriodCode, string CampaignCode, int Version, string Reason, DateTimeOffset ReturnedAt)
    : IDomainEvent;

/// <summary>The ministry took back its acceptance of a report, with a reason: its figures leave the accepted level.</summary>
public sealed record ReportUnacceptedDomainEvent(
    Guid ReportId, string RegionCode, string PeriodCode, string CampaignCode, int Version, string Reason, DateTimeOffset UnacceptedAt)
    : IDomainEvent;

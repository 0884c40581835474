using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Infrastructure;

/// <summary>The statistics service's one mapping from what happened in its domain to the messages other services read.</summary>
public sealed class StatisticsEventContracts : IDomainEventContracts
{
    public object? ToContract(IDomainEvent domainEvent) => domainEvent switch
    {
        ReportSubmittedDomainEvent submitted => new ReportSubmitted
        {
            ReportId = submitted.ReportId,
            RegionCode = submitted.RegionCode,
            PeriodCode = submitted.PeriodCode,
            CampaignCode = submitted.CampaignCode,
            Version = submitted.Version,
            Late = submitted.Late,
            SubmittedAt = submitted.SubmittedAt,
        },
        SummarySubmittedDomainEvent summary => new SummarySubmitted
        {
            RegionCode = summary.RegionCode,
            CampaignCode = summary.CampaignCode,
            ReportId = summary.ReportId,
            Late = summary.Late,
            SubmittedAt = summary.SubmittedAt,
        },
        ReportOverdueDomainEvent overdue => new ReportOverdue
        {
            RegionCode = overdue.RegionCode,
            PeriodCode = overdue.PeriodCode,
            DueAt = overdue.DueAt,
            NoticedAt = overdue.NoticedAt,
        },
        ReportDeadlineApproachingDomainEvent approaching => new ReportDeadlineApproaching
        {
            RegionCode = approaching.RegionCode,
            PeriodCode = approaching.PeriodCode,
            DueAt = approaching.DueAt,
            NoticedAt = approaching.NoticedAt,
        },
        _ => null,
    };
}

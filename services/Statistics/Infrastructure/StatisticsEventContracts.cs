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
        ReportAcceptedDomainEvent accepted => new ReportAccepted
        {
            ReportId = accepted.ReportId,
            RegionCode = accepted.RegionCode,
            PeriodCode = accepted.PeriodCode,
            CampaignCode = accepted.CampaignCode,
            Version = accepted.Version,
            AcceptedAt = accepted.AcceptedAt,
        },
        ReportReturnedDomainEvent returned => new ReportReturned
        {
            ReportId = returned.ReportId,
            RegionCode = returned.RegionCode,
            PeriodCode = returned.PeriodCode,
            CampaignCode = returned.CampaignCode,
            Version = returned.Version,
            Reason = returned.Reason,
            ReturnedAt = returned.ReturnedAt,
        },
        ReportUnacceptedDomainEvent unaccepted => new ReportUnaccepted
        {
            ReportId = unaccepted.ReportId,
            RegionCode = unaccepted.RegionCode,
            PeriodCode = unaccepted.PeriodCode,
            CampaignCode = unaccepted.CampaignCode,
            Version = unaccepted.Version,
            Reason = unaccepted.Reason,
            UnacceptedAt = unaccepted.UnacceptedAt,
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

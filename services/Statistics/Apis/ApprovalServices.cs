using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Apis;

/// <summary>What every approval step needs, in one parameter.</summary>
public sealed record ApprovalServices(ReportApprovals Approvals, RollupCache Rollups, StatisticsDbContext Db, TimeProvider Clock);

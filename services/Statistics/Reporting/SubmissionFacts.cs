using Microsoft.EntityFrameworkCore;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// What checking and saving a batch of reports needs, read in a few queries for the whole batch: the periods and
/// their campaigns' current forms, which units named a responsible contact, the reports of the batch's periods and
/// of its units' earlier periods of the same kind (for outliers), and the approved corrections.
/// </summary>
internal sealed class SubmissionFacts
{
    public required Dictionary<string, ReportingPeriod> Periods { get; init; }
    public required Dictionary<string, StatisticsForm> Forms { get; init; }
    public required HashSet<string> WithContacts { get; init; }
    public required List<string> SameKind { get; init; }
    public required List<Report> Reports { get; init; }
    public required Dictionary<(string Period, string Region), Report> ByKey { get; init; }
    public required List<CorrectionRequest> Corrections { get; init; }

    public Report? ReportOf(string periodCode, string regionCode) => ByKey.GetValueOrDefault((periodCode, regionCode));

    public CorrectionRequest? CorrectionOf(string periodCode, string regionCode) =>
        Corrections.FirstOrDefault(c => c.RegionCode == regionCode && c.PeriodCode == periodCode);

    public static async Task<SubmissionFacts> LoadAsync(StatisticsDbContext db, IReadOnlyList<SubmissionRequest> requests,
        CancellationToken cancellationToken)
    {
        var periodCodes = requests.Select(r => r.PeriodCode).Distinct(StringComparer.Ordinal).ToList();
        var regionCodes = requests.Select(r => r.RegionCode).Distinct(StringComparer.Ordinal).ToList();
        var periods = await db.Periods.AsNoTracking().Where(p => periodCodes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var campaigns = periods.Values.Select(p => p.CampaignCode).Distinct().ToList();
        var forms = (await db.Forms.AsNoTracking().Where(f => campaigns.Contains(f.CampaignCode)).ToListAsync(cancellationToken))
            .GroupBy(f => f.CampaignCode)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Version).First(), StringComparer.Ordinal);
        var withContacts = await db.Contacts.Where(c => regionCodes.Contains(c.RegionCode)).Select(c => c.RegionCode)
            .ToListAsync(cancellationToken);
        var sameKind = await SameKindPeriodsAsync(db, periods.Values, cancellationToken);
        var reports = await db.Reports
            .Where(r => periodCodes.Contains(r.PeriodCode) || (regionCodes.Contains(r.RegionCode) && sameKind.Contains(r.PeriodCode)))
            .ToListAsync(cancellationToken);
        var corrections = await db.Corrections
            .Where(c => c.Status == CorrectionStatus.Approved && periodCodes.Contains(c.PeriodCode) && regionCodes.Contains(c.RegionCode))
            .ToListAsync(cancellationToken);
        return new()
        {
            Periods = periods,
            Forms = forms,
            WithContacts = withContacts.ToHashSet(StringComparer.Ordinal),
            SameKind = sameKind,
            Reports = reports,
            ByKey = reports.ToDictionary(r => (r.PeriodCode, r.RegionCode)),
            Corrections = corrections,
        };
    }

    private static async Task<List<string>> SameKindPeriodsAsync(StatisticsDbContext db, IEnumerable<ReportingPeriod> periods,
        CancellationToken cancellationToken)
    {
        var kinds = periods.Select(p => new { p.CampaignCode, p.Kind }).Distinct().ToList();
        var campaigns = kinds.Select(k => k.CampaignCode).Distinct().ToList();
        var candidates = await db.Periods.AsNoTracking().Where(p => campaigns.Contains(p.CampaignCode))
            .Select(p => new { p.Code, p.CampaignCode, p.Kind }).ToListAsync(cancellationToken);
        return candidates.Where(c => kinds.Any(k => k.CampaignCode == c.CampaignCode && k.Kind == c.Kind)).Select(c => c.Code).ToList();
    }
}

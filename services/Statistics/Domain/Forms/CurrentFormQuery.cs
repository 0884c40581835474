using Microsoft.EntityFrameworkCore;

namespace PromoMonth.Statistics.Domain.Forms;

public static class CurrentFormQuery
{
    /// <summary>The campaign's form as reports are filed against it now: its latest version.</summary>
    public static Task<StatisticsForm?> CurrentAsync(this IQueryable<StatisticsForm> forms, string campaignCode,
        CancellationToken cancellationToken) =>
        forms.Where(f => f.CampaignCode == campaignCode).OrderByDescending(f => f.Version).FirstOrDefaultAsync(cancellationToken);
}

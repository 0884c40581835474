using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>What every activity handler needs, in one parameter.</summary>
public sealed record ActivityServices(ClaimsPrincipal Caller, RegistryDbContext Db, CampaignDirectory Campaigns, IEventOutbox Outbox, TimeProvider Clock)
{
    public string By => Caller.ClientId() ?? "unknown";

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The activity with its history, or null when it does not exist or belongs to another region.</summary>
    public async Task<Activity?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var activity = await Db.Activities.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is not null && Caller.MayActFor(activity.RegionCode) ? activity : null;
    }

    public async Task<CampaignWindow> WindowOfAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await Db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, cancellationToken)).Window;

    /// <summary>Participating enterprises must be registered key enterprises of the same campaign.</summary>
    public async Task CheckParticipantsAsync(Guid campaignId, IReadOnlyList<Guid> enterpriseIds, RequestErrors errors, CancellationToken cancellationToken)
    {
        if (enterpriseIds.Count == 0)
        {
            return;
        }
        var known = await Db.Enterprises.Where(e => e.CampaignId == campaignId && enterpriseIds.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var unknown = enterpriseIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            errors.AddRange("participatingEnterpriseIds", unknown.Select(id => $"{id} is not a registered key enterprise of this campaign."));
        }
    }
}

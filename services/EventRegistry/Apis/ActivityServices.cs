using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>What every activity handler needs, in one parameter.</summary>
public sealed record ActivityServices(ClaimsPrincipal Caller, RegistryDbContext Db, CampaignDirectory Campaigns, TimeProvider Clock)
{
    public string Actor => Caller.Actor();

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The activity with its history, or null when it does not exist or belongs to another region.</summary>
    public async Task<Activity?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var activity = await Db.Activities.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is not null && Caller.MayActFor(activity.RegionCode) ? activity : null;
    }

    public Task<Campaign> CampaignOfAsync(Activity activity, CancellationToken cancellationToken) =>
        Db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == activity.CampaignId, cancellationToken);

    /// <summary>Participating enterprises must be registered key enterprises of the same campaign; null when they all are.</summary>
    public async Task<RequestErrors?> UnknownParticipantsAsync(
        Guid campaignId, ActivityDetails details, CancellationToken cancellationToken)
    {
        var enterpriseIds = details.ParticipatingEnterpriseIds;
        if (enterpriseIds.Count == 0)
        {
            return null;
        }
        var known = await Db.Enterprises
            .Where(e => e.CampaignId == campaignId && enterpriseIds.Contains(e.Id))
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        var unknown = enterpriseIds.Except(known).ToList();
        if (unknown.Count == 0)
        {
            return null;
        }
        var errors = new RequestErrors();
        errors.AddRange("participatingEnterpriseIds", unknown.Select(id => $"{id} is not a registered key enterprise of this campaign."));
        return errors;
    }
}

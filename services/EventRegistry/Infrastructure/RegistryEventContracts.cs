using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Infrastructure;

/// <summary>The registry's one mapping from what happened in its domain to the messages other services read.</summary>
public sealed class RegistryEventContracts : IDomainEventContracts
{
    public object? ToContract(IDomainEvent domainEvent) => domainEvent switch
    {
        EnterpriseRegisteredDomainEvent e => new EnterpriseRegistered
        {
            EnterpriseId = e.Enterprise.Id,
            CampaignId = e.Enterprise.CampaignId,
            CreditCode = e.Enterprise.CreditCode,
            Name = e.Enterprise.Name,
            RegionCode = e.Enterprise.RegionCode,
            CampaignCode = e.Campaign.Code,
            CampaignEndsOn = e.Campaign.Window.End,
            RegisteredAt = e.Enterprise.RegisteredAt,
        },
        CommitmentSignedDomainEvent e => new CommitmentSigned
        {
            EnterpriseId = e.Enterprise.Id,
            CampaignId = e.Enterprise.CampaignId,
            CreditCode = e.Enterprise.CreditCode,
            RegionCode = e.Enterprise.RegionCode,
            CampaignCode = e.Campaign?.Code,
            CampaignEndsOn = e.Campaign?.Window.End,
            SignedOn = e.SignedOn,
        },
        ActivityApprovedDomainEvent e => new ActivityApproved
        {
            ActivityId = e.Activity.Id,
            CampaignId = e.Activity.CampaignId,
            Title = e.Activity.Details.Title,
            RegionCode = e.Activity.RegionCode,
            CityCode = e.Activity.Details.CityCode,
            CampaignCode = e.Campaign.Code,
            CampaignEndsOn = e.Campaign.Window.End,
            StartsAt = e.Activity.Details.StartsAt,
            EndsAt = e.Activity.Details.EndsAt,
            ParticipatingEnterpriseIds = e.Activity.Details.ParticipatingEnterpriseIds,
            ApprovedAt = e.ApprovedAt,
        },
        ActivityCancelledDomainEvent e => new ActivityCancelled
        {
            ActivityId = e.Activity.Id,
            CampaignId = e.Activity.CampaignId,
            RegionCode = e.Activity.RegionCode,
            Reason = e.Reason,
            CancelledAt = e.CancelledAt,
        },
        ActivityPostponedDomainEvent e => new ActivityPostponed
        {
            ActivityId = e.Activity.Id,
            CampaignId = e.Activity.CampaignId,
            RegionCode = e.Activity.RegionCode,
            PreviousStartsAt = e.PreviousStartsAt,
            PreviousEndsAt = e.PreviousEndsAt,
            StartsAt = e.StartsAt,
            EndsAt = e.EndsAt,
            Reason = e.Reason,
        },
        CatalogReleasePublishedDomainEvent e => new CatalogReleasePublished
        {
            ReleaseId = e.Release.Id,
            CampaignId = e.Release.CampaignId,
            Version = e.Release.Version,
            ActivityCount = e.Release.Entries.Count,
            ActivitiesByRegion = e.Release.Entries.GroupBy(entry => entry.RegionCode).ToDictionary(g => g.Key, g => g.Count()),
            Added = e.Release.Changes.Added.Count,
            Changed = e.Release.Changes.Changed.Count,
            Cancelled = e.Release.Changes.Cancelled.Count,
            PublishedAt = e.Release.PublishedAt,
        },
        LinkupReadinessReportedDomainEvent e => new LinkupReadinessReported
        {
            LinkupId = e.Linkup.Id,
            CampaignId = e.Linkup.CampaignId,
            RegionCode = e.Linkup.RegionCode,
            Readiness = e.Linkup.Readiness.ToString().ToLowerInvariant(),
            SlotStartsAt = e.Linkup.SlotStartsAt,
            CheckedAt = e.Linkup.CheckedAt ?? e.Linkup.SlotStartsAt,
        },
        _ => null,
    };

    /// <summary>Each change to a followed activity, with its followers as stored in this transaction.</summary>
    public async ValueTask<IReadOnlyList<object>> FollowUpsAsync(
        DbContext db, IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken)
    {
        var changes = domainEvents.Select(FollowedChanges.Of).OfType<FollowedChange>().ToList();
        if (changes.Count == 0)
        {
            return [];
        }
        var activityIds = changes.Select(c => c.Activity.Id).Distinct().ToList();
        var followers = (await db.Set<ActivityFollow>().AsNoTracking()
                .Where(f => activityIds.Contains(f.ActivityId))
                .Select(f => new { f.ActivityId, f.FollowerClientId })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.ActivityId, f => f.FollowerClientId);
        return
        [
            .. changes.Where(c => followers[c.Activity.Id].Any())
                .Select(c => c.ToContract([.. followers[c.Activity.Id].Order(StringComparer.Ordinal)])),
        ];
    }
}

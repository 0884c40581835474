using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;

namespace PromoMonth.UnitTests.Registry;

public sealed class CatalogReleaseTests
{
    private static readonly Campaign Campaign = Campaign.Of2020(Samples.Now);
    private static readonly RegistryEventContracts Contracts = new();
    private static readonly Dictionary<Guid, CatalogEnterprise> NoEnterprises = [];

    [Fact]
    public void Publishing_takes_the_approved_activities_and_raises_CatalogReleasePublished()
    {
        var approved = Samples.Approved(Campaign);
        var draft = Activity.Draft(Campaign.Id, Samples.Offline(), "unit-310000", Samples.Now);
        var at = Samples.Now.AddDays(1);

        var release = CatalogRelease.Publish(Campaign, null, [approved, draft], NoEnterprises, "ministry", at);

        Assert.Equal(1, release.Version);
        Assert.Equal([approved.Id], release.Entries.Select(e => e.Id));
        Assert.Equal([approved.Id], release.Changes.Added);
        var raised = Assert.IsType<CatalogReleasePublishedDomainEvent>(Assert.Single(release.PendingEvents()));
        var contract = Assert.IsType<CatalogReleasePublished>(Contracts.ToContract(raised));
        Assert.Equal((release.Id, Campaign.Id, 1, 1), (contract.ReleaseId, contract.CampaignId, contract.Version, contract.ActivityCount));
        Assert.Equal(1, contract.ActivitiesByRegion["310000"]);
        Assert.Equal((1, 0, 0), (contract.Added, contract.Changed, contract.Cancelled));
        Assert.Equal(at, contract.PublishedAt);
    }

    [Fact]
    public void The_next_release_reports_what_moved_and_what_was_cancelled()
    {
        var moved = Samples.Approved(Campaign);
        var dropped = Samples.Approved(Campaign);
        var first = CatalogRelease.Publish(Campaign, null, [moved, dropped], NoEnterprises, "ministry", Samples.Now);
        moved.Postpone(moved.Details.StartsAt.AddDays(3), moved.Details.EndsAt.AddDays(3), "改期", "unit-310000", Samples.Now);
        dropped.Cancel("取消", "unit-310000", Samples.Now);

        var second = CatalogRelease.Publish(Campaign, first, [moved, dropped], NoEnterprises, "ministry", Samples.Now.AddDays(1));

        Assert.Equal(2, second.Version);
        Assert.Empty(second.Changes.Added);
        Assert.Equal([moved.Id], second.Changes.Changed);
        Assert.Equal([dropped.Id], second.Changes.Cancelled);
        var contract = Assert.IsType<CatalogReleasePublished>(Contracts.ToContract(Assert.Single(second.PendingEvents())));
        Assert.Equal((0, 1, 1), (contract.Added, contract.Changed, contract.Cancelled));
    }
}

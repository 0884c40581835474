using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Catalog;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public static class CatalogReleasesApi
{
    public static IEndpointRouteBuilder MapCatalogReleasesApi(this IEndpointRouteBuilder app)
    {
        var releases = app.MapGroup("/api/registry/catalog-releases").WithTags("Catalog releases");
        releases.MapPost("/", Publish).WithName("PublishCatalogRelease")
            .WithSummary("Publish the next numbered release of the national activity catalog: every approved activity, and what changed")
            .RequireWrite(Scopes.CatalogPublish)
            .RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesProblem(StatusCodes.Status409Conflict);
        releases.MapGet("/", List).WithName("ListCatalogReleases")
            .WithSummary("Every release of a campaign, newest first")
            .RequireRead(Scopes.Registry);
        return app;
    }

    internal static async Task<Results<Created<ReleaseSummary>, ProblemHttpResult>> Publish(
        PublishRequest? request, ClaimsPrincipal caller, RegistryDbContext db, CampaignDirectory campaigns, CatalogCache cache,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindAsync(request?.CampaignId, cancellationToken);
        if (campaign is null)
        {
            return RequestErrors.Of("campaignId", "No such campaign.").ToUnprocessableEntity();
        }
        var previous = await db.CatalogReleases.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var inCatalog = ActivityWorkflow.CatalogStatuses.ToArray();
        var activities = await db.Activities.AsNoTracking().Include(a => a.History)
            .Where(a => a.CampaignId == campaign.Id && inCatalog.Contains(a.Status))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var participantIds = activities.SelectMany(a => a.Details.ParticipatingEnterpriseIds).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => participantIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => new CatalogEnterprise(e.Name, e.CreditCode), cancellationToken);

        var release = CatalogRelease.Publish(campaign, previous, activities, enterprises, caller.Actor(), clock.GetUtcNow());
        db.CatalogReleases.Add(release);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two ministry operators published at once and the unique version index let one win.
            throw new ConflictException("Publish again to take the next number.", "Another release was published at the same moment.");
        }
        // The public catalog shows the new release within seconds on every replica (backplane).
        await cache.ReleasePublishedAsync(campaign.Id, cancellationToken);
        return TypedResults.Created($"/api/catalog/releases/{release.Version}/activities", ReleaseSummary.From(release));
    }

    internal static async Task<Ok<List<ReleaseSummary>>> List(
        RegistryDbContext db, CampaignDirectory campaigns, Guid? campaignId, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindAsync(campaignId, cancellationToken);
        var releases = campaign is null
            ? []
            : await db.CatalogReleases
                .Where(r => r.CampaignId == campaign.Id)
                .OrderByDescending(r => r.Version)
                // Without the entries: their count is kept beside them.
                .Select(r => new ReleaseSummary(r.Id, r.CampaignId, r.Version, r.PublishedAt, r.PublishedBy, r.ActivityCount, r.Changes))
                .ToListAsync(cancellationToken);
        return TypedResults.Ok(releases);
    }
}

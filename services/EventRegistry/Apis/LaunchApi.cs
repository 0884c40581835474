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

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The launch ceremony's regional video link-ups: designated by the ministry, confirmed by each region.</summary>
public static class LaunchApi
{
    public static IEndpointRouteBuilder MapLaunchApi(this IEndpointRouteBuilder app)
    {
        var linkups = app.MapGroup("/api/registry/launch/linkups").WithTags("Launch link-ups");
        linkups.MapPost("/", Designate).WithName("DesignateLinkup")
            .WithSummary("Designate a region for a live link-up with its slot and venue (ministry)")
            .RequireWrite(Scopes.Registry).RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        linkups.MapGet("/", List).WithName("ListLinkups")
            .WithSummary("Link-ups with liaisons and readiness; a reporting unit sees its own")
            .RequireRead(Scopes.Registry);
        linkups.MapPut("/{id:guid}/liaison", NameLiaison).WithName("NameLinkupLiaison")
            .WithSummary("The region names its liaison for the link-up")
            .RequireWrite(Scopes.Registry).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        linkups.MapPost("/{id:guid}/readiness", ReportReadiness).WithName("ReportLinkupReadiness")
            .WithSummary("Report the technical readiness check: ready, or failed with notes")
            .RequireWrite(Scopes.Registry).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Created<LinkupResponse>, ProblemHttpResult>> Designate(
        LinkupRequest request, RegistryDbContext db, CampaignDirectory campaigns, CatalogCache cache, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindAsync(request.CampaignId, cancellationToken);
        if (!request.Validate(campaign).IsValid(out var designation, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var linkup = LaunchLinkup.Designate(designation.Campaign.Id, designation.RegionCode, designation.SlotStartsAt,
            designation.SlotEndsAt, designation.Venue, clock.GetUtcNow());
        db.LaunchLinkups.Add(linkup);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException("A region has one link-up per campaign.",
                $"Region {designation.RegionCode} already has a link-up in this campaign.");
        }
        await cache.LaunchChangedAsync(linkup.CampaignId, cancellationToken);
        return TypedResults.Created($"/api/registry/launch/linkups/{linkup.Id}", LinkupResponse.From(linkup));
    }

    internal static async Task<Ok<List<LinkupResponse>>> List(
        ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var region = caller.BoundRegion();
        var linkups = await db.LaunchLinkups.AsNoTracking()
            .Where(l => region == null || l.RegionCode == region)
            .OrderBy(l => l.SlotStartsAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(linkups.Select(LinkupResponse.From).ToList());
    }

    internal static async Task<Results<Ok<LinkupResponse>, NotFound, ProblemHttpResult>> NameLiaison(
        Guid id, LiaisonRequest request, ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var linkup = await FindAsync(db, id, caller, cancellationToken);
        if (linkup is null)
        {
            return TypedResults.NotFound();
        }
        if (!request.Validate().IsValid(out var liaison, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        linkup.NameLiaison(liaison.Name, liaison.Phone);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LinkupResponse.From(linkup));
    }

    internal static async Task<Results<Ok<LinkupResponse>, NotFound, ProblemHttpResult>> ReportReadiness(
        Guid id, ReadinessRequest request, ClaimsPrincipal caller, RegistryDbContext db, CatalogCache cache, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var linkup = await FindAsync(db, id, caller, cancellationToken);
        if (linkup is null)
        {
            return TypedResults.NotFound();
        }
        if (!request.Validate().IsValid(out var check, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        linkup.ReportReadiness(check.Status, check.Notes, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await cache.LaunchChangedAsync(linkup.CampaignId, cancellationToken);
        return TypedResults.Ok(LinkupResponse.From(linkup));
    }

    /// <summary>The link-up, or null when it does not exist or is another region's.</summary>
    private static async Task<LaunchLinkup?> FindAsync(
        RegistryDbContext db, Guid id, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var linkup = await db.LaunchLinkups.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return linkup is not null && caller.MayActFor(linkup.RegionCode) ? linkup : null;
    }
}

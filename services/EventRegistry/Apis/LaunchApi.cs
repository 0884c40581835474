using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Catalog;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public sealed record LinkupRequest(Guid? CampaignId, string? RegionCode, DateTimeOffset? SlotStartsAt, DateTimeOffset? SlotEndsAt, string? Venue);

public sealed record LiaisonRequest(string? Name, string? Phone);

public sealed record ReadinessRequest(Readiness? Status, string? Notes);

public sealed record LinkupResponse(Guid Id, Guid CampaignId, string RegionCode, DateTimeOffset SlotStartsAt, DateTimeOffset SlotEndsAt, string Venue,
    string? LiaisonName, string? LiaisonPhone, Readiness Readiness, string? ReadinessNotes, DateTimeOffset? CheckedAt)
{
    public static LinkupResponse From(LaunchLinkup l) =>
        new(l.Id, l.CampaignId, l.RegionCode, l.SlotStartsAt, l.SlotEndsAt, l.Venue, l.LiaisonName, l.LiaisonPhone, l.Readiness, l.ReadinessNotes, l.CheckedAt);
}

/// <summary>The launch ceremony's regional video link-ups: designated by the ministry, confirmed by each region.</summary>
public static class LaunchApi
{
    public static IEndpointRouteBuilder MapLaunchApi(this IEndpointRouteBuilder app)
    {
        var linkups = app.MapGroup("/api/registry/launch/linkups").WithTags("Launch link-ups");
        linkups.MapPost("/", Designate).WithName("DesignateLinkup").WithSummary("Designate a region for a live link-up with its slot and venue (ministry)")
            .RequireWrite(Scopes.Registry).RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        linkups.MapGet("/", List).WithName("ListLinkups").WithSummary("Link-ups with liaisons and readiness; a reporting unit sees its own").RequireRead(Scopes.Registry);
        linkups.MapPut("/{id:guid}/liaison", NameLiaison).WithName("NameLinkupLiaison").WithSummary("The region names its liaison for the link-up")
            .RequireWrite(Scopes.Registry).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        linkups.MapPost("/{id:guid}/readiness", ReportReadiness).WithName("ReportLinkupReadiness").WithSummary("Report the technical readiness check: ready, or failed with notes")
            .RequireWrite(Scopes.Registry).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Created<LinkupResponse>, ProblemHttpResult>> Designate(
        LinkupRequest request, RegistryDbContext db, CampaignDirectory campaigns, CatalogCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var campaign = await campaigns.FindAsync(request.CampaignId, cancellationToken);
        if (campaign is null)
        {
            errors.Add("campaignId", "No such campaign.");
        }
        if (!ReportingUnits.IsKnown(request.RegionCode))
        {
            errors.Add("regionCode", "The region code must be the 6-digit code of one of the 37 reporting units.");
        }
        if (request.SlotStartsAt is null || request.SlotEndsAt is null || request.SlotEndsAt <= request.SlotStartsAt)
        {
            errors.Add("slotEndsAt", "A slot with an end after its start is required.");
        }
        if (string.IsNullOrWhiteSpace(request.Venue))
        {
            errors.Add("venue", "The link-up venue is required.");
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }
        var linkup = LaunchLinkup.Designate(campaign!.Id, request.RegionCode!, request.SlotStartsAt!.Value, request.SlotEndsAt!.Value, request.Venue!.Trim(), clock.GetUtcNow());
        db.LaunchLinkups.Add(linkup);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Region {request.RegionCode} already has a link-up in this campaign.");
        }
        await cache.LaunchChangedAsync(campaign.Id, cancellationToken);
        return TypedResults.Created($"/api/registry/launch/linkups/{linkup.Id}", LinkupResponse.From(linkup));
    }

    internal static async Task<Ok<List<LinkupResponse>>> List(ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var region = caller.BoundRegion();
        var linkups = await db.LaunchLinkups.AsNoTracking().Where(l => region == null || l.RegionCode == region).OrderBy(l => l.SlotStartsAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(linkups.Select(LinkupResponse.From).ToList());
    }

    internal static async Task<Results<Ok<LinkupResponse>, NotFound, ProblemHttpResult>> NameLiaison(
        Guid id, LiaisonRequest request, ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var linkup = await db.LaunchLinkups.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (linkup is null || !caller.MayActFor(linkup.RegionCode))
        {
            return TypedResults.NotFound();
        }
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Phone))
        {
            return RequestErrors.Of("name", "The liaison's name and phone number are required.").ToUnprocessableEntity();
        }
        linkup.NameLiaison(request.Name, request.Phone);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LinkupResponse.From(linkup));
    }

    internal static async Task<Results<Ok<LinkupResponse>, NotFound, ProblemHttpResult>> ReportReadiness(
        Guid id, ReadinessRequest request, ClaimsPrincipal caller, RegistryDbContext db, CatalogCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        var linkup = await db.LaunchLinkups.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (linkup is null || !caller.MayActFor(linkup.RegionCode))
        {
            return TypedResults.NotFound();
        }
        if (request.Status is not (Readiness.Ready or Readiness.Failed) || (request.Status == Readiness.Failed && string.IsNullOrWhiteSpace(request.Notes)))
        {
            return RequestErrors.Of("status", "Report ready, or failed with notes saying what failed.").ToUnprocessableEntity();
        }
        linkup.ReportReadiness(request.Status.Value, request.Notes, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await cache.LaunchChangedAsync(linkup.CampaignId, cancellationToken);
        return TypedResults.Ok(LinkupResponse.From(linkup));
    }
}

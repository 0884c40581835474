using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Licensing.Apis;

/// <summary>Licences of the mark: granted by the ministry anywhere, or by a reporting unit in its own region (delegated).</summary>
public static class LicensesApi
{
    public static IEndpointRouteBuilder MapLicensesApi(this IEndpointRouteBuilder app)
    {
        var licenses = app.MapGroup("/api/licensing/licenses").WithTags("Licences");
        licenses.MapPost("/", Grant).WithName("GrantLicense")
            .WithSummary("License an approved catalog activity or a committed key enterprise to use the campaign's name and logo")
            .WithDescription("A retried grant for the same licensee answers the licence already granted (200).")
            .RequireWrite(Scopes.Licensing)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        licenses.MapGet("/{id:guid}", Get).WithName("GetLicense").WithSummary("One licence with its history (own region only)").RequireRead(Scopes.Licensing);
        licenses.MapGet("/", List).WithName("ListLicenses").WithSummary("Licences by status, licensee kind, region, activity; own region only for a unit").RequireRead(Scopes.Licensing);
        licenses.MapGet("/export.csv", Export).WithName("ExportLicenses").WithSummary("The same filters, every licence, as CSV").RequireRead(Scopes.Licensing);
        licenses.MapPost("/{id:guid}/suspend", Suspend).WithName("SuspendLicense").WithSummary("Suspend a licence pending review (the ministry, or the granting region)")
            .RequireWrite(Scopes.Licensing).ProducesProblem(StatusCodes.Status409Conflict);
        licenses.MapPost("/{id:guid}/revoke", Revoke).WithName("RevokeLicense").WithSummary("Revoke a licence (ministry)")
            .RequireWrite(Scopes.Licensing).RequireAuthorization(AccessPolicies.MinistryOnly).ProducesProblem(StatusCodes.Status409Conflict);
        licenses.MapPost("/{id:guid}/reinstate", Reinstate).WithName("ReinstateLicense").WithSummary("Reinstate a suspended licence (ministry)")
            .RequireWrite(Scopes.Licensing).RequireAuthorization(AccessPolicies.MinistryOnly).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Created<LicenseResponse>, Ok<LicenseResponse>, ProblemHttpResult>> Grant(
        GrantRequest request, ClaimsPrincipal caller, LicensingDbContext db, IEventOutbox outbox, IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var errors = new RequestErrors();
        var kind = QueryValues.Enum<LicenseeKind>(request.LicenseeKind, "licenseeKind", errors);
        if (request.LicenseeKind is null)
        {
            errors.Add("licenseeKind", "activity or enterprise.");
        }
        if (request.LicenseeId is null)
        {
            errors.Add("licenseeId", "The licensee's id is required.");
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }

        // The preconditions come from licensing's own read models, fed by the registry's events.
        Licensee? licensee = kind == LicenseeKind.Activity
            ? await db.LicensableActivities.AsNoTracking().Where(a => a.ActivityId == request.LicenseeId).Select(a =>
                new Licensee(a.CampaignId, a.CampaignCode, a.CampaignEndsOn, a.Title, a.RegionCode, a.Cancelled ? "The activity is cancelled." : null)).SingleOrDefaultAsync(cancellationToken)
            : await db.LicensableEnterprises.AsNoTracking().Where(e => e.EnterpriseId == request.LicenseeId).Select(e =>
                new Licensee(e.CampaignId ?? Guid.Empty, e.CampaignCode, e.CampaignEndsOn, e.Name, e.RegionCode, e.HasCommitment ? null : "The enterprise has no commitment letter on file.")).SingleOrDefaultAsync(cancellationToken);
        if (licensee is null)
        {
            return Precondition(kind == LicenseeKind.Activity ? "No approved catalog activity has this id." : "No registered key enterprise has this id.");
        }
        if (licensee.Refusal is not null)
        {
            return Precondition(licensee.Refusal);
        }
        if (!caller.MayActFor(licensee.RegionCode))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A reporting unit licenses within its own region only.",
                detail: $"This client is bound to region {caller.BoundRegion()}; the licensee is in {licensee.RegionCode}.");
        }
        if (licensee.CampaignCode is null || licensee.CampaignEndsOn is null)
        {
            return Precondition("The licensee's campaign is not known to licensing yet.");
        }
        var (validUntil, validityError) = LicenseValidity.Resolve(now, licensee.CampaignEndsOn.Value, request.ValidUntil, settings.GracePeriodDays, settings.MaxValidityDays);
        if (validityError is not null)
        {
            return RequestErrors.Of("validUntil", validityError).ToUnprocessableEntity();
        }

        var existing = await db.Licenses.AsNoTracking()
            .Where(l => l.LicenseeKind == kind && l.LicenseeId == request.LicenseeId && l.StoredStatus != LicenseStatus.Revoked)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return TypedResults.Ok(LicenseResponse.From(existing, now, settings.PublicBaseUrl));
        }

        var scope = new LicenseScope(
            kind == LicenseeKind.Activity ? [request.LicenseeId!.Value] : [],
            [.. (request.Scope?.Venues ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())],
            [.. (request.Scope?.OnlineChannels ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())]);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await LicenseNumbers.NextAsync(db, licensee.CampaignCode, licensee.RegionCode, cancellationToken);
        var license = License.Grant(number, licensee.CampaignId, kind!.Value, request.LicenseeId!.Value, licensee.PublicName, licensee.RegionCode, scope, validUntil!.Value, caller.ClientId() ?? "unknown", now);
        db.Licenses.Add(license);
        outbox.Enqueue(new LicenseGranted { LicenseId = license.Id, LicenseNumber = number, LicenseeKind = LicenseActions.Kind(license), LicenseeId = license.LicenseeId, RegionCode = license.RegionCode, At = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/licensing/licenses/{license.Id}", LicenseResponse.From(license, now, settings.PublicBaseUrl));
    }

    internal static async Task<Results<Ok<LicenseResponse>, NotFound>> Get(Guid id, ClaimsPrincipal caller, LicensingDbContext db, IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var license = await db.Licenses.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return license is null || !caller.MayActFor(license.RegionCode) ? TypedResults.NotFound() : TypedResults.Ok(LicenseResponse.From(license, clock.GetUtcNow(), options.Value.PublicBaseUrl));
    }

    internal static async Task<Results<Ok<PagedList<LicenseResponse>>, ValidationProblem>> List(
        ClaimsPrincipal caller, LicensingDbContext db, IOptions<LicensingOptions> options, TimeProvider clock,
        string? status, string? licenseeKind, string? regionCode, Guid? activityId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (query, errors) = Filter(caller, db, now, status, licenseeKind, regionCode, activityId);
        var paging = PageRequest.From(page, pageSize, errors);
        if (query is null || errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(l => l.Number).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<LicenseResponse>([.. items.Select(l => LicenseResponse.From(l, now, options.Value.PublicBaseUrl))], paging.Page, paging.PageSize, total));
    }

    /// <summary>The same filters as the list, every row, as CSV (UTF-8 with BOM so Excel keeps the Chinese).</summary>
    internal static async Task<IResult> Export(
        ClaimsPrincipal caller, LicensingDbContext db, TimeProvider clock,
        string? status, string? licenseeKind, string? regionCode, Guid? activityId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (query, errors) = Filter(caller, db, now, status, licenseeKind, regionCode, activityId);
        if (query is null)
        {
            return errors.ToValidationProblem();
        }
        var licenses = await query.OrderBy(l => l.Number).ToListAsync(cancellationToken);
        return Results.File(LicenseCsv.Build(licenses, now), "text/csv; charset=utf-8", "licences.csv");
    }

    private static (IQueryable<License>? Query, RequestErrors Errors) Filter(
        ClaimsPrincipal caller, LicensingDbContext db, DateTimeOffset now, string? status, string? licenseeKind, string? regionCode, Guid? activityId)
    {
        var errors = new RequestErrors();
        var wantedStatus = QueryValues.Enum<LicenseStatus>(status, "status", errors);
        var wantedKind = QueryValues.Enum<LicenseeKind>(licenseeKind, "licenseeKind", errors);
        if (errors.Any)
        {
            return (null, errors);
        }
        var query = db.Licenses.AsNoTracking();
        // A region-bound client sees its own region whatever it asked for.
        var region = caller.BoundRegion() ?? regionCode;
        if (region is not null)
        {
            query = query.Where(l => l.RegionCode == region);
        }
        if (wantedKind is not null)
        {
            query = query.Where(l => l.LicenseeKind == wantedKind);
        }
        if (activityId is not null)
        {
            query = query.Where(l => l.LicenseeKind == LicenseeKind.Activity && l.LicenseeId == activityId);
        }
        // Expired is read off the clock, never stored: it is active past its validity.
        query = wantedStatus switch
        {
            LicenseStatus.Expired => query.Where(l => l.StoredStatus == LicenseStatus.Active && l.ValidUntil <= now),
            LicenseStatus.Active => query.Where(l => l.StoredStatus == LicenseStatus.Active && l.ValidUntil > now),
            { } other => query.Where(l => l.StoredStatus == other),
            null => query,
        };
        return (query, errors);
    }

    internal static Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> Suspend(Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, LicenseActions actions, IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, caller, db, options, clock, (license, reason, by) => actions.SuspendAsync(license, reason, by, cancellationToken), cancellationToken);

    internal static Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> Revoke(Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, LicenseActions actions, IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, caller, db, options, clock, (license, reason, by) => actions.RevokeAsync(license, reason, by, cancellationToken), cancellationToken);

    internal static Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> Reinstate(Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, LicenseActions actions, IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, caller, db, options, clock, (license, reason, by) => actions.ReinstateAsync(license, reason, by, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, IOptions<LicensingOptions> options, TimeProvider clock,
        Func<License, string, string, Task<bool>> change, CancellationToken cancellationToken)
    {
        var license = await db.Licenses.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (license is null || !caller.MayActFor(license.RegionCode))
        {
            return TypedResults.NotFound();
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return RequestErrors.Of("reason", "A reason is required.").ToUnprocessableEntity();
        }
        try
        {
            await change(license, request.Reason.Trim(), caller.ClientId() ?? "unknown");
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This change is not allowed in the licence's current state.", detail: ex.Message);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LicenseResponse.From(license, clock.GetUtcNow(), options.Value.PublicBaseUrl));
    }

    private static ProblemHttpResult Precondition(string reason) =>
        RequestErrors.Of("licenseeId", reason).ToUnprocessableEntity("The licensee does not meet the preconditions of a licence.");

    private sealed record Licensee(Guid CampaignId, string? CampaignCode, DateOnly? CampaignEndsOn, string PublicName, string RegionCode, string? Refusal);
}

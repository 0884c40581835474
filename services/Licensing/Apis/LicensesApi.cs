using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Licensing.Apis;

/// <summary>Licences of the mark: granted by the ministry anywhere, or by a reporting unit in its own region (delegated).</summary>
public static class LicensesApi
{
    private const string Path = "/api/licensing/licenses";

    public static IEndpointRouteBuilder MapLicensesApi(this IEndpointRouteBuilder app)
    {
        var licenses = app.MapGroup(Path).WithTags("Licences");
        licenses.MapPost("/", Grant).WithName("GrantLicense")
            .WithSummary("License an approved catalog activity or a committed key enterprise to use the campaign's name and logo")
            .WithDescription("A retried grant for the same licensee answers the licence already granted (200).")
            .RequireWrite(Scopes.Licensing)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        licenses.MapGet("/{id:guid}", Get).WithName("GetLicense")
            .WithSummary("One licence with its history (own region only)").RequireRead(Scopes.Licensing);
        licenses.MapGet("/", List).WithName("ListLicenses")
            .WithSummary("Licences by status, licensee kind, region, activity; own region only for a unit").RequireRead(Scopes.Licensing);
        licenses.MapGet("/export.csv", Export).WithName("ExportLicenses")
            .WithSummary("The same filters, every licence, as CSV").RequireRead(Scopes.Licensing)
            .WithDescription("UTF-8 with a byte-order mark, so that Excel keeps the Chinese; one row per licence, in number order.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem();
        licenses.MapGet("/export.xlsx", ExportWorkbook).WithName("ExportLicensesWorkbook")
            .WithSummary("The same filters, every licence, as an XLSX sheet (statuses in words and colours)").RequireRead(Scopes.Licensing)
            .Produces<Stream>(StatusCodes.Status200OK, XlsxWorkbook.ContentType).ProducesValidationProblem();
        licenses.MapPost("/{id:guid}/suspend", Suspend).WithName("SuspendLicense")
            .WithSummary("Suspend a licence pending review (the ministry, or the granting region)")
            .RequireWrite(Scopes.Licensing).ProducesProblem(StatusCodes.Status409Conflict);
        licenses.MapPost("/{id:guid}/revoke", Revoke).WithName("RevokeLicense").WithSummary("Revoke a licence (ministry)")
            .RequireWrite(Scopes.Licensing).RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesProblem(StatusCodes.Status409Conflict);
        licenses.MapPost("/{id:guid}/reinstate", Reinstate).WithName("ReinstateLicense")
            .WithSummary("Reinstate a suspended licence (ministry)")
            .RequireWrite(Scopes.Licensing).RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Created<LicenseResponse>, Ok<LicenseResponse>, ProblemHttpResult>> Grant(
        GrantRequest request, ClaimsPrincipal caller, LicensingDbContext db, IOptions<LicensingOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!request.Validate().IsValid(out var application, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var licensee = await db.LicensableAsync(application.Kind, application.LicenseeId, cancellationToken);
        var decision = LicenseEligibility.Decide(
            application.Kind, licensee, caller.BoundRegion(), application.ValidUntil, settings.GrantPolicy(), now);
        if (!decision.IsGranted(out var terms, out var refusal))
        {
            return Refused(refusal);
        }
        if (await db.HeldLicenseAsync(application.Kind, application.LicenseeId, cancellationToken) is { } held)
        {
            return TypedResults.Ok(LicenseResponse.From(held, now, settings.PublicBaseUrl));
        }

        // The number's serial is taken in the grant's transaction: a grant that fails gives it back.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await LicenseNumbers.NextAsync(db, terms.CampaignCode, terms.Licensee.RegionCode, cancellationToken);
        var license = License.Grant(number, terms, application.Venues, application.OnlineChannels, caller.Actor(), now);
        db.Licenses.Add(license);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"{Path}/{license.Id}", LicenseResponse.From(license, now, settings.PublicBaseUrl));
    }

    internal static async Task<Results<Ok<LicenseResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal caller, LicensingDbContext db, IOptions<LicensingOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var license = await db.Licenses.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return license is null || !caller.MayActFor(license.RegionCode)
            ? TypedResults.NotFound()
            : TypedResults.Ok(LicenseResponse.From(license, clock.GetUtcNow(), options.Value.PublicBaseUrl));
    }

    internal static async Task<Results<Ok<PagedList<LicenseResponse>>, ValidationProblem>> List(
        ClaimsPrincipal caller, LicensingDbContext db, IOptions<LicensingOptions> options, TimeProvider clock,
        string? status, string? licenseeKind, string? regionCode, Guid? activityId, int? page, int? pageSize,
        CancellationToken cancellationToken)
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
        var responses = items.Select(l => LicenseResponse.From(l, now, options.Value.PublicBaseUrl)).ToList();
        return TypedResults.Ok(new PagedList<LicenseResponse>(responses, paging.Page, paging.PageSize, total));
    }

    /// <summary>The same filters as the list, every row, as CSV (UTF-8 with BOM so Excel keeps the Chinese).</summary>
    internal static async Task<IResult> Export(
        ClaimsPrincipal caller, LicensingDbContext db, TimeProvider clock,
        string? status, string? licenseeKind, string? regionCode, Guid? activityId, CancellationToken cancellationToken)
    {
        var (licenses, errors, now) =
            await ExportedAsync(caller, db, clock, status, licenseeKind, regionCode, activityId, cancellationToken);
        return licenses is null
            ? errors.ToValidationProblem()
            : Results.File(LicenseCsv.Build(licenses, now), "text/csv; charset=utf-8", "licences.csv");
    }

    /// <summary>The same rows as the CSV, as a workbook an officer opens in any spreadsheet program.</summary>
    internal static async Task<IResult> ExportWorkbook(
        ClaimsPrincipal caller, LicensingDbContext db, TimeProvider clock,
        string? status, string? licenseeKind, string? regionCode, Guid? activityId, CancellationToken cancellationToken)
    {
        var (licenses, errors, now) =
            await ExportedAsync(caller, db, clock, status, licenseeKind, regionCode, activityId, cancellationToken);
        return licenses is null
            ? errors.ToValidationProblem()
            : Results.File(await XlsxWorkbook.WriteAsync(LicenseWorkbook.Sheets(licenses, now), cancellationToken),
                XlsxWorkbook.ContentType, "licences.xlsx");
    }

    /// <summary>Every licence the list's filters select, in number order, for the exports.</summary>
    private static async Task<(List<License>? Licenses, RequestErrors Errors, DateTimeOffset Now)> ExportedAsync(
        ClaimsPrincipal caller, LicensingDbContext db, TimeProvider clock,
        string? status, string? licenseeKind, string? regionCode, Guid? activityId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (query, errors) = Filter(caller, db, now, status, licenseeKind, regionCode, activityId);
        return query is null ? (null, errors, now) : (await query.OrderBy(l => l.Number).ToListAsync(cancellationToken), errors, now);
    }

    private static (IQueryable<License>? Query, RequestErrors Errors) Filter(
        ClaimsPrincipal caller, LicensingDbContext db, DateTimeOffset now,
        string? status, string? licenseeKind, string? regionCode, Guid? activityId)
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

    internal static Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> Suspend(
        Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, LicenseActions actions,
        IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, caller, db, options, clock,
            (license, reason, by) => actions.SuspendAsync(license, reason, by, cancellationToken), cancellationToken);

    internal static Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> Revoke(
        Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, LicenseActions actions,
        IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, caller, db, options, clock,
            (license, reason, by) => actions.RevokeAsync(license, reason, by, cancellationToken), cancellationToken);

    internal static Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> Reinstate(
        Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, LicenseActions actions,
        IOptions<LicensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, request, caller, db, options, clock,
            (license, reason, by) => actions.ReinstateAsync(license, reason, by, cancellationToken), cancellationToken);

    /// <summary>
    /// One status change. A licence of another region is absent for this caller, whatever the body says; a change the
    /// licence's state refuses is a 409 (<see cref="License"/> throws, the shared handler answers).
    /// </summary>
    private static async Task<Results<Ok<LicenseResponse>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, ReasonRequest request, ClaimsPrincipal caller, LicensingDbContext db, IOptions<LicensingOptions> options,
        TimeProvider clock, Func<License, string, string, Task<bool>> change, CancellationToken cancellationToken)
    {
        var license = await db.Licenses.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (license is null || !caller.MayActFor(license.RegionCode))
        {
            return TypedResults.NotFound();
        }
        if (!request.Validate().IsValid(out var reason, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        await change(license, reason, caller.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LicenseResponse.From(license, clock.GetUtcNow(), options.Value.PublicBaseUrl));
    }

    /// <summary>A refused grant: 422 naming the field to fix (another region is refused by the domain, 403).</summary>
    private static ProblemHttpResult Refused(LicenseRefusal refusal) => refusal.Kind switch
    {
        LicenseRefusalKind.Validity => RequestErrors.Of("validUntil", refusal.Reason).ToUnprocessableEntity(),
        _ => RequestErrors.Of("licenseeId", refusal.Reason)
            .ToUnprocessableEntity("The licensee does not meet the preconditions of a licence."),
    };
}

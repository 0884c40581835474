using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

/// <summary>Hotlines post cases; the responsible units and the ministry read them.</summary>
public static class CasesApi
{
    internal const string CaseReaders = "case-readers";

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/complaints/cases").WithTags("Cases");
        cases.MapPost("/", Intake).WithName("PostCase")
            .WithSummary("A hotline posts a case; posting the same hotline reference again answers the first case")
            .RequireWrite(Scopes.ComplaintsIntake)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapGet("/{id:guid}", Get).WithName("GetCase")
            .WithSummary("One case: a hotline reads its own, a unit those routed to it, the ministry all")
            .RequireAuthorization(CaseReaders);
        cases.MapGet("/", List).WithName("ListCases")
            .WithSummary("Cases, complainants masked; filters: status, kind, category, region, triage, overdue, received from/to; "
                + "the next page by the Link header (rel=\"next\"), as deep as it goes at the cost of the first")
            .RequireAuthorization(CaseReaders);
        return app;
    }

    /// <summary>Hotlines (intake) and handlers (units, the ministry) read cases; what each sees is narrowed per request.</summary>
    public static void AddCaseReaders(Microsoft.AspNetCore.Authorization.AuthorizationOptions options) =>
        options.AddPolicy(CaseReaders, policy => policy.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasScope(Scopes.ComplaintsIntake) || c.User.HasScope(Scopes.ComplaintsHandle)));

    internal static async Task<Results<Created<CaseResponse>, Ok<CaseResponse>, ProblemHttpResult>> Intake(
        CaseRequest request, ClaimsPrincipal caller, CaseIntakeHandler intakes, ComplaintsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!request.Validate(now).IsValid(out var intake, out var errors))
        {
            return errors.ToUnprocessableEntity("The case lacks required fields or has malformed ones.");
        }
        var digest = request.Digest();
        var (complaint, created) = await intakes.ReceiveAsync(intake, caller.Actor(), digest, cancellationToken);
        var duplicates = await VisibleDuplicates.OfAsync(caller, db, complaint, cancellationToken);
        return created
            ? TypedResults.Created($"/api/complaints/cases/{complaint.Id}", CaseResponse.From(complaint, now, masked: false, duplicates))
            : Repeated(complaint, digest, now, duplicates);
    }

    internal static async Task<Results<Ok<CaseResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal caller, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var complaint = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !MaySee(caller, complaint))
        {
            return TypedResults.NotFound();
        }
        var duplicates = await VisibleDuplicates.OfAsync(caller, db, complaint, cancellationToken);
        return TypedResults.Ok(CaseResponse.From(complaint, clock.GetUtcNow(), masked: false, duplicates));
    }

    internal static async Task<Results<Ok<PagedList<CaseResponse>>, ValidationProblem>> List(
        ClaimsPrincipal caller, ComplaintsDbContext db, TimeProvider clock, string? status, string? kind, string? category,
        string? regionCode, bool? triage, bool? overdue, DateOnly? from, DateOnly? to, int? page, int? pageSize,
        string? after, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var days = DateRange.OfDays(from, to, errors);
        var wantedStatus = QueryValues.Enum<CaseStatus>(status, "status", errors);
        var wantedKind = QueryValues.Enum<CaseKind>(kind, "kind", errors);
        var wantedCategory = QueryValues.Enum<CaseCategory>(category, "category", errors);
        var paging = PageRequest.From(page, pageSize, errors);
        var cursor = PageCursor.From(after, errors);
        if (page is not null && after is not null)
        {
            errors.Add(PageCursor.Parameter, "Give page or after, not both.");
        }
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var now = clock.GetUtcNow();
        var query = Visible(caller, db.Cases.AsNoTracking()).ReceivedWithin(days);
        if (regionCode is not null)
        {
            query = query.Where(c => c.ResponsibleRegion == regionCode);
        }
        if (triage == true)
        {
            query = query.Where(c => c.ResponsibleRegion == null);
        }
        if (wantedStatus is not null)
        {
            query = query.Where(c => c.Status == wantedStatus);
        }
        if (wantedKind is not null)
        {
            query = query.Where(c => c.Kind == wantedKind);
        }
        if (wantedCategory is not null)
        {
            query = query.Where(c => c.Category == wantedCategory);
        }
        if (overdue == true)
        {
            // As ComplaintCase.IsOverdueAt: a suspended case's clocks stand still.
            query = query.Where(c => c.Status == CaseStatus.Received && c.SuspendedSince == null && c.AcceptanceDueAt <= now);
        }
        var total = await query.CountAsync(cancellationToken);
        // A page after a cursor starts at its place in the (…, acceptance_due_at, id) index, however deep it is.
        var ordered = (cursor is null
                ? query
                : query.Where(c => EF.Functions.GreaterThan(
                    ValueTuple.Create(c.AcceptanceDueAt, c.Id), ValueTuple.Create(cursor.SortKey, cursor.Id))))
            .OrderBy(c => c.AcceptanceDueAt).ThenBy(c => c.Id);
        var pageNumber = cursor?.Page ?? paging.Page;
        // The count says how many are left: the last page stops at them instead of reading on through every case of the
        // region that is not in the days asked for, and a page past the end reads nothing.
        var left = Math.Min(paging.PageSize, total - (long)(pageNumber - 1) * paging.PageSize);
        var items = left <= 0
            ? []
            : await (cursor is null ? ordered.Skip(paging.Skip) : ordered).Take((int)left).ToListAsync(cancellationToken);
        if (items.Count == paging.PageSize && (long)pageNumber * paging.PageSize < total)
        {
            NextPageLink.Write(response, new PageCursor(items[^1].AcceptanceDueAt, items[^1].Id, pageNumber + 1));
        }
        var duplicates = await VisibleDuplicates.OfAsync(caller, db, items, cancellationToken);
        return TypedResults.Ok(new PagedList<CaseResponse>(
            [.. items.Select(c => CaseResponse.From(c, now, masked: true, duplicates))], pageNumber, paging.PageSize, total));
    }

    /// <summary>A hotline sees the cases it posted; a unit those routed to its region; the ministry every case.</summary>
    internal static IQueryable<ComplaintCase> Visible(ClaimsPrincipal caller, IQueryable<ComplaintCase> cases)
    {
        if (caller.ClientKind() == ClientKinds.Hotline)
        {
            var hotline = caller.ClientId();
            return cases.Where(c => c.HotlineClientId == hotline);
        }
        var region = caller.BoundRegion();
        return region is null ? cases : cases.Where(c => c.ResponsibleRegion == region);
    }

    private static bool MaySee(ClaimsPrincipal caller, ComplaintCase complaint) =>
        caller.ClientKind() == ClientKinds.Hotline
            ? complaint.HotlineClientId == caller.ClientId()
            : complaint.IsHandledBy(caller.BoundRegion());

    private static Results<Created<CaseResponse>, Ok<CaseResponse>, ProblemHttpResult> Repeated(
        ComplaintCase existing, string digest, DateTimeOffset now, IReadOnlySet<Guid> duplicates) =>
        existing.RequestDigest == digest
            ? TypedResults.Ok(CaseResponse.From(existing, now, masked: false, duplicates))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This hotline reference names another case.",
                detail: $"Case {existing.Id} was posted with reference {existing.HotlineReference} and different content.",
                instance: $"/api/complaints/cases/{existing.Id}",
                extensions: new Dictionary<string, object?> { ["existingId"] = existing.Id });
}

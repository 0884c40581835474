using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

/// <summary>What every handling step needs, in one parameter.</summary>
public sealed record HandlingServices(ClaimsPrincipal Caller, ComplaintsDbContext Db, TimeProvider Clock)
{
    public string By => Caller.Actor();

    /// <summary>One instant per request: the step, its event and the answer agree on the time.</summary>
    public DateTimeOffset Now { get; } = Clock.GetUtcNow();

    /// <summary>
    /// Loads a case the caller handles (404 otherwise), answers a body that failed validation with 422, applies one
    /// step of the case (whose refusals the shared handler answers with 409) and saves it with its events.
    /// </summary>
    public async Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> StepAsync<T>(
        Guid id, Validated<T> request, Func<ComplaintCase, T, RequestErrors?> step, CancellationToken cancellationToken)
        where T : notnull
    {
        var complaint = await Db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !complaint.IsHandledBy(Caller.BoundRegion()))
        {
            return TypedResults.NotFound();
        }
        if (!request.IsValid(out var value, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        if (step(complaint, value) is { } refused)
        {
            return refused.ToUnprocessableEntity();
        }
        await Db.SaveChangesAsync(cancellationToken);
        var duplicates = await VisibleDuplicates.OfAsync(Caller, Db, complaint, cancellationToken);
        return TypedResults.Ok(CaseResponse.From(complaint, Now, masked: false, duplicates));
    }

    /// <summary>A step whose body cannot fail on the case: it only ever succeeds or is refused as a conflict.</summary>
    public Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> StepAsync<T>(
        Guid id, Validated<T> request, Action<ComplaintCase, T> step, CancellationToken cancellationToken)
        where T : notnull =>
        StepAsync<T>(id, request, (complaint, value) =>
        {
            step(complaint, value);
            return null;
        }, cancellationToken);

    /// <summary>A step that takes no body.</summary>
    public Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> StepAsync(
        Guid id, Action<ComplaintCase> step, CancellationToken cancellationToken) =>
        StepAsync(id, Validated.Valid(true), (complaint, _) => step(complaint), cancellationToken);
}

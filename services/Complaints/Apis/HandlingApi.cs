using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

public sealed record RejectRequest(string? Ground, string? Note);

public sealed record TextRequest(string? Text);

public sealed record TransferRequest(string? ToRegion, string? Reason);

public sealed record FindingRequest(string? Kind, string? Summary);

/// <summary>
/// The responsible unit (or the ministry) handles a case: accept or reject, transfer, resolve, and record findings
/// whose events act on licences and flag activities.
/// </summary>
public static class HandlingApi
{
    public static IEndpointRouteBuilder MapHandlingApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/complaints/cases/{id:guid}").WithTags("Case handling")
            .RequireWrite(Scopes.ComplaintsHandle)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapPost("/accept", Accept).WithName("AcceptCase").WithSummary("Accept the case; a complaint enters mediation (45 working days)");
        cases.MapPost("/reject", Reject).WithName("RejectCase").WithSummary("Reject the case on one of the rules' grounds")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/transfer", Transfer).WithName("TransferCase").WithSummary("Hand the case to another unit with a reason; the clocks carry on")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/resolve", Resolve).WithName("ResolveCase").WithSummary("Resolve the case with its outcome");
        cases.MapPost("/findings", RecordFinding).WithName("RecordFinding")
            .WithSummary("Record a finding: counterfeit goods or misuse of the mark (licences are suspended), or a safety incident (the activity is flagged)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Accept(Guid id, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, complaint =>
        {
            complaint.Accept(services.By, services.Now, WorkdayCalendar.China);
            services.Outbox.Enqueue(new ComplaintAccepted { CaseId = complaint.Id, ResponsibleRegion = complaint.ResponsibleRegion, AcceptedAt = services.Now });
            return null;
        }, cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Reject(Guid id, RejectRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, complaint =>
        {
            var errors = new RequestErrors();
            var ground = QueryValues.Enum<RejectionGround>(request.Ground, "ground", errors);
            if (ground is null)
            {
                var grounds = string.Join(", ", Enum.GetNames<RejectionGround>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
                errors = RequestErrors.Of("ground", $"One of: {grounds}.");
                return errors;
            }
            complaint.Reject(ground.Value, request.Note?.Trim(), services.By, services.Now);
            return null;
        }, cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Transfer(Guid id, TransferRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, complaint =>
        {
            if (!ReportingUnits.IsKnown(request.ToRegion) || string.IsNullOrWhiteSpace(request.Reason))
            {
                return RequestErrors.Of("toRegion", "A reporting unit's 6-digit code and a reason are required.");
            }
            complaint.Transfer(request.ToRegion!, request.Reason.Trim(), services.By, services.Now);
            return null;
        }, cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Resolve(Guid id, TextRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, complaint =>
        {
            if (string.IsNullOrWhiteSpace(request.Text))
            {
                return RequestErrors.Of("text", "The outcome is required.");
            }
            complaint.Resolve(request.Text.Trim(), services.By, services.Now);
            services.Outbox.Enqueue(new ComplaintResolved { CaseId = complaint.Id, ResponsibleRegion = complaint.ResponsibleRegion, ResolvedAt = services.Now });
            return null;
        }, cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RecordFinding(Guid id, FindingRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, complaint =>
        {
            var errors = new RequestErrors();
            var kind = QueryValues.Enum<FindingKind>(request.Kind, "kind", errors);
            if (kind is null || string.IsNullOrWhiteSpace(request.Summary))
            {
                if (!errors.Has("kind"))
                {
                    errors.Add("kind", "counterfeit, markMisuse or safetyIncident, with a summary.");
                }
                return errors;
            }
            if (kind == FindingKind.SafetyIncident && complaint.ActivityId is null)
            {
                return RequestErrors.Of("kind", "A safety incident is recorded on a case about a catalog activity.");
            }
            if (kind == FindingKind.Counterfeit && complaint.Respondent.CreditCode is null)
            {
                return RequestErrors.Of("kind", "A counterfeiting finding needs the respondent's credit code.");
            }
            var summary = request.Summary!.Trim();
            complaint.RecordFinding(new Finding(kind.Value, summary, services.By, services.Now));
            EnqueueFinding(services.Outbox, kind switch
            {
                FindingKind.Counterfeit => new CounterfeitConfirmed { CaseId = complaint.Id, RespondentCreditCode = complaint.Respondent.CreditCode!, ActivityId = complaint.ActivityId, Finding = summary, ConfirmedAt = services.Now },
                FindingKind.MarkMisuse => new MarkMisuseConfirmed { CaseId = complaint.Id, RespondentCreditCode = complaint.Respondent.CreditCode, ActivityId = complaint.ActivityId, Finding = summary, ConfirmedAt = services.Now },
                _ => new SafetyIncidentReported { IncidentId = Guid.CreateVersion7(services.Now), ActivityId = complaint.ActivityId!.Value, Kind = "complaint", Summary = summary, ReportedAt = services.Now },
            });
            return null;
        }, cancellationToken);

    /// <summary>The outbox stores each event under its own contract type, so the concrete type must reach Enqueue.</summary>
    private static void EnqueueFinding(IEventOutbox outbox, object finding)
    {
        switch (finding)
        {
            case CounterfeitConfirmed counterfeit:
                outbox.Enqueue(counterfeit);
                break;
            case MarkMisuseConfirmed misuse:
                outbox.Enqueue(misuse);
                break;
            case SafetyIncidentReported incident:
                outbox.Enqueue(incident);
                break;
        }
    }
}

/// <summary>What every handling step needs, in one parameter.</summary>
public sealed record HandlingServices(ClaimsPrincipal Caller, ComplaintsDbContext Db, IEventOutbox Outbox, TimeProvider Clock)
{
    public string By => Caller.ClientId() ?? "unknown";

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Loads a case the caller handles (its unit, or the ministry; triage cases only the ministry), applies one step
    /// (which returns field errors or null) and saves it with its events.
    /// </summary>
    public async Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> StepAsync(Guid id, Func<ComplaintCase, RequestErrors?> step, CancellationToken cancellationToken)
    {
        var complaint = await Db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || (Caller.BoundRegion() is { } region && complaint.ResponsibleRegion != region))
        {
            return TypedResults.NotFound();
        }
        try
        {
            if (step(complaint) is { Any: true } errors)
            {
                return errors.ToUnprocessableEntity();
            }
        }
        catch (CaseConflictException conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This step is not allowed in the case's current state.", detail: conflict.Message);
        }
        await Db.SaveChangesAsync(cancellationToken);
        var duplicates = await VisibleDuplicates.OfAsync(Caller, Db, complaint, cancellationToken);
        return TypedResults.Ok(CaseResponse.From(complaint, Now, masked: false, duplicates));
    }
}

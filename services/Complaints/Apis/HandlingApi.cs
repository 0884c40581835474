using Microsoft.AspNetCore.Http.HttpResults;
using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

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
        cases.MapPost("/accept", Accept).WithName("AcceptCase")
            .WithSummary("Accept the case; a complaint enters mediation (45 working days)");
        cases.MapPost("/reject", Reject).WithName("RejectCase")
            .WithSummary("Reject the case on one of the rules' grounds")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/transfer", Transfer).WithName("TransferCase")
            .WithSummary("Hand the case to another unit with a reason; the clocks carry on")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/suspend", Suspend).WithName("SuspendCase")
            .WithSummary("Stop the case's clocks while it waits on a calibration, inspection, test or appraisal")
            .WithDescription("While suspended the case is never overdue nor warned of, and cannot be accepted, rejected or "
                + "resolved. Resuming moves every running deadline by the working days after the day it was suspended up to "
                + "and including the day it resumes (the day a period starts is not counted, so a same-day suspension moves none).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapPost("/resume", Resume).WithName("ResumeCase")
            .WithSummary("Start the case's clocks again; its running deadlines move by the working days it waited");
        cases.MapPost("/resolve", Resolve).WithName("ResolveCase").WithSummary("Resolve the case with its outcome");
        cases.MapPost("/findings", RecordFinding).WithName("RecordFinding")
            .WithSummary("Record a finding: counterfeit goods or misuse of the mark (licences are suspended), "
                + "or a safety incident (the activity is flagged)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Accept(
        Guid id, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, complaint => complaint.Accept(services.By, services.Now, WorkdayCalendar.China), cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, request.Validate(),
            (complaint, rejection) => complaint.Reject(rejection.Ground, rejection.Note, services.By, services.Now), cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Transfer(
        Guid id, TransferRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, request.Validate(),
            (complaint, transfer) => complaint.Transfer(transfer.ToRegion, transfer.Reason, services.By, services.Now), cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Suspend(
        Guid id, SuspendRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, request.Validate(),
            (complaint, suspension) => complaint.Suspend(suspension.Reason, suspension.Note, services.By, services.Now), cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Resume(
        Guid id, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, complaint => complaint.Resume(services.By, services.Now, WorkdayCalendar.China), cancellationToken);

    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> Resolve(
        Guid id, TextRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, request.Validate(),
            (complaint, outcome) => complaint.Resolve(outcome, services.By, services.Now), cancellationToken);

    /// <summary>A finding the case cannot ground (no activity, no credit code) is a field error of the body, as before.</summary>
    internal static Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> RecordFinding(
        Guid id, FindingRequest request, [AsParameters] HandlingServices services, CancellationToken cancellationToken) =>
        services.StepAsync(id, request.Validate(), (complaint, finding) =>
        {
            if (complaint.FindingGroundsMissing(finding.Kind) is { } missing)
            {
                return RequestErrors.Of("kind", missing);
            }
            complaint.RecordFinding(finding.Kind, finding.Summary, services.By, services.Now);
            return null;
        }, cancellationToken);
}

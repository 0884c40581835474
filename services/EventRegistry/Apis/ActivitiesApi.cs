using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public static class ActivitiesApi
{
    private const string Path = "/api/registry/activities";

    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup(Path).WithTags("Key activities")
            .ProducesProblem(StatusCodes.Status404NotFound);

        activities.MapPost("/", Create).WithName("CreateActivity")
            .WithSummary("Register a key activity of the caller's region, as a draft")
            .RequireWrite(Scopes.Registry)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        activities.MapPut("/{id:guid}", Edit).WithName("EditActivity")
            .WithSummary("Edit a draft or returned activity")
            .RequireWrite(Scopes.Registry)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapGet("/{id:guid}", Get).WithName("GetActivity")
            .WithSummary("One activity with its full history (another region's answers 404)")
            .RequireRead(Scopes.Registry);
        activities.MapGet("/", List).WithName("ListActivities")
            .WithSummary("Activities by status, region and safety flag; a reporting unit sees its own region's only")
            .RequireRead(Scopes.Registry);

        activities.MapPost("/{id:guid}/submit", Submit).WithName("SubmitActivity")
            .WithSummary("Submit for the ministry's review")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/approve", Approve).WithName("ApproveActivity")
            .WithSummary("Approve a submitted activity (ministry)")
            .RequireWrite(Scopes.Registry).RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/return", Return).WithName("ReturnActivity")
            .WithSummary("Return a submitted activity with a reason (ministry)")
            .RequireWrite(Scopes.Registry).RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/cancel", Cancel).WithName("CancelActivity")
            .WithSummary("Cancel an approved activity with a reason")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/postpone", Postpone).WithName("PostponeActivity")
            .WithSummary("Move an approved activity to new dates; the old ones are kept")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/complete", Complete).WithName("CompleteActivity")
            .WithSummary("Mark an activity completed after its end")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Created<ActivityResponse>, ProblemHttpResult>> Create(
        ActivityRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        var campaign = await services.Campaigns.FindAsync(request.CampaignId, cancellationToken);
        if (!request.ValidateDraft(campaign).IsValid(out var draft, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        services.Caller.EnsureMayActFor(draft.Details.RegionCode);
        if (await services.UnknownParticipantsAsync(draft.Campaign.Id, draft.Details, cancellationToken) is { } unknown)
        {
            return unknown.ToUnprocessableEntity();
        }
        var activity = Activity.Draft(draft.Campaign.Id, draft.Details, services.Actor, services.Now);
        services.Db.Activities.Add(activity);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{Path}/{activity.Id}", ActivityResponse.From(activity, draft.Campaign.Window));
    }

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Edit(
        Guid id, ActivityRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        var activity = await services.LoadAsync(id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        if (!request.Validate().IsValid(out var details, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        if (await services.UnknownParticipantsAsync(activity.CampaignId, details, cancellationToken) is { } unknown)
        {
            return unknown.ToUnprocessableEntity();
        }
        activity.Edit(details, services.Actor, services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ActivityResponse.From(activity, (await services.CampaignOfAsync(activity, cancellationToken)).Window));
    }

    internal static async Task<Results<Ok<ActivityResponse>, NotFound>> Get(
        Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        await services.LoadAsync(id, cancellationToken) is { } activity
            ? TypedResults.Ok(ActivityResponse.From(activity, (await services.CampaignOfAsync(activity, cancellationToken)).Window))
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<PagedList<ActivityResponse>>, ValidationProblem>> List(
        [AsParameters] ActivityServices services, string? status, string? regionCode, bool? safetyFlagged, Guid? campaignId,
        int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var wantedStatus = QueryValues.Enum<ActivityStatus>(status, "status", errors);
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var query = services.Db.Activities.AsNoTracking().Include(a => a.History).AsQueryable();
        // A region-bound client lists its own region whatever it asked for.
        var region = services.Caller.BoundRegion() ?? regionCode;
        if (region is not null)
        {
            query = query.Where(a => a.RegionCode == region);
        }
        if (wantedStatus is not null)
        {
            query = query.Where(a => a.Status == wantedStatus);
        }
        if (campaignId is not null)
        {
            query = query.Where(a => a.CampaignId == campaignId);
        }
        if (safetyFlagged == true)
        {
            query = query.Where(a => a.SafetyFlagged);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(a => a.Id).Skip(paging.Skip).Take(paging.PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        var windows = await services.Db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Window, cancellationToken);
        var shown = items.Select(a => ActivityResponse.From(a, windows[a.CampaignId])).ToList();
        return TypedResults.Ok(new PagedList<ActivityResponse>(shown, paging.Page, paging.PageSize, total));
    }

    internal static Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Submit(
        Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        ActAsync(id, services, (activity, _) => activity.Submit(services.Actor, services.Now), cancellationToken);

    internal static Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Approve(
        Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        ActAsync(id, services, (activity, campaign) => activity.Approve(campaign, services.Actor, services.Now), cancellationToken);

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Return(
        Guid id, ReasonRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        if (!request.Validate().IsValid(out var reason, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        return await ActAsync(id, services, (activity, _) => activity.Return(reason, services.Actor, services.Now), cancellationToken);
    }

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Cancel(
        Guid id, ReasonRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        if (!request.Validate().IsValid(out var reason, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        return await ActAsync(id, services, (activity, _) => activity.Cancel(reason, services.Actor, services.Now), cancellationToken);
    }

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Postpone(
        Guid id, PostponeRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        if (!request.Validate().IsValid(out var to, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        return await ActAsync(id, services,
            (activity, _) => activity.Postpone(to.StartsAt, to.EndsAt, to.Reason, services.Actor, services.Now), cancellationToken);
    }

    internal static Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Complete(
        Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        ActAsync(id, services, (activity, _) => activity.Complete(services.Actor, services.Now), cancellationToken);

    /// <summary>
    /// Loads the activity and its campaign, applies one workflow step (the events it raises leave with the same save) and
    /// answers the new state. A step the state does not allow throws, and is answered 409 without saving.
    /// </summary>
    private static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> ActAsync(
        Guid id, ActivityServices services, Action<Activity, Campaign> step, CancellationToken cancellationToken)
    {
        var activity = await services.LoadAsync(id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        var campaign = await services.CampaignOfAsync(activity, cancellationToken);
        step(activity, campaign);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ActivityResponse.From(activity, campaign.Window));
    }
}

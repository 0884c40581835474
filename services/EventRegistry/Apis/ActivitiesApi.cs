using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public static class ActivitiesApi
{
    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/registry/activities").WithTags("Key activities")
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

        activities.MapPost("/{id:guid}/submit", Submit).WithName("SubmitActivity").WithSummary("Submit for the ministry's review")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/approve", Approve).WithName("ApproveActivity").WithSummary("Approve a submitted activity (ministry)")
            .RequireWrite(Scopes.Registry).RequireAuthorization(AccessPolicies.MinistryOnly).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/return", Return).WithName("ReturnActivity").WithSummary("Return a submitted activity with a reason (ministry)")
            .RequireWrite(Scopes.Registry).RequireAuthorization(AccessPolicies.MinistryOnly).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/cancel", Cancel).WithName("CancelActivity").WithSummary("Cancel an approved activity with a reason")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/postpone", Postpone).WithName("PostponeActivity").WithSummary("Move an approved activity to new dates; the old ones are kept")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        activities.MapPost("/{id:guid}/complete", Complete).WithName("CompleteActivity").WithSummary("Mark an activity completed after its end")
            .RequireWrite(Scopes.Registry).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Created<ActivityResponse>, ProblemHttpResult>> Create(ActivityRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var campaign = await services.Campaigns.FindAsync(request.CampaignId, cancellationToken);
        if (campaign is null)
        {
            errors.Add("campaignId", "No such campaign.");
        }
        var details = request.ToDetails(errors);
        if (details is not null && !services.Caller.MayActFor(details.RegionCode))
        {
            return EnterprisesApi.RegionForbidden(services.Caller, details.RegionCode);
        }
        if (details is not null && campaign is not null)
        {
            await services.CheckParticipantsAsync(campaign.Id, details.ParticipatingEnterpriseIds, errors, cancellationToken);
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }

        var activity = Activity.Draft(campaign!.Id, details!, services.By, services.Now);
        services.Db.Activities.Add(activity);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/registry/activities/{activity.Id}", ActivityResponse.From(activity, campaign.Window));
    }

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Edit(Guid id, ActivityRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        var activity = await services.LoadAsync(id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new RequestErrors();
        var details = request.ToDetails(errors);
        if (details is not null)
        {
            await services.CheckParticipantsAsync(activity.CampaignId, details.ParticipatingEnterpriseIds, errors, cancellationToken);
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }
        activity.Edit(details!, services.By, services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ActivityResponse.From(activity, await services.WindowOfAsync(activity.CampaignId, cancellationToken)));
    }

    internal static async Task<Results<Ok<ActivityResponse>, NotFound>> Get(Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        await services.LoadAsync(id, cancellationToken) is { } activity
            ? TypedResults.Ok(ActivityResponse.From(activity, await services.WindowOfAsync(activity.CampaignId, cancellationToken)))
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<PagedList<ActivityResponse>>, ValidationProblem>> List(
        [AsParameters] ActivityServices services, string? status, string? regionCode, bool? safetyFlagged, Guid? campaignId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var wantedStatus = QueryValues.Enum<ActivityStatus>(status, "status", errors);
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var query = services.Db.Activities.AsNoTracking().Include(a => a.History).AsQueryable();
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
        var windows = (await services.Db.Campaigns.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Window);
        return TypedResults.Ok(new PagedList<ActivityResponse>([.. items.Select(a => ActivityResponse.From(a, windows[a.CampaignId]))], paging.Page, paging.PageSize, total));
    }

    internal static Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Submit(Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        ActAsync(id, services, activity => activity.Submit(services.By, services.Now), cancellationToken);

    internal static Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Approve(Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        ActAsync(id, services, async activity =>
        {
            activity.Approve(services.By, services.Now);
            var campaign = await services.Db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == activity.CampaignId, cancellationToken);
            services.Outbox.Enqueue(new ActivityApproved
            {
                ActivityId = activity.Id,
                CampaignId = activity.CampaignId,
                Title = activity.Details.Title,
                RegionCode = activity.RegionCode,
                CityCode = activity.Details.CityCode,
                CampaignCode = campaign.Code,
                CampaignEndsOn = campaign.Window.End,
                StartsAt = activity.Details.StartsAt,
                EndsAt = activity.Details.EndsAt,
                ParticipatingEnterpriseIds = activity.Details.ParticipatingEnterpriseIds,
                ApprovedAt = services.Now,
            });
        }, cancellationToken);

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Return(Guid id, ReasonRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        RequireReason(request.Reason) ?? await ActAsync(id, services, activity => activity.Return(request.Reason!.Trim(), services.By, services.Now), cancellationToken);

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Cancel(Guid id, ReasonRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        RequireReason(request.Reason) ?? await ActAsync(id, services, activity =>
        {
            activity.Cancel(request.Reason!.Trim(), services.By, services.Now);
            services.Outbox.Enqueue(new ActivityCancelled
            {
                ActivityId = activity.Id,
                CampaignId = activity.CampaignId,
                RegionCode = activity.RegionCode,
                Reason = request.Reason!.Trim(),
                CancelledAt = services.Now,
            });
        }, cancellationToken);

    internal static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Postpone(Guid id, PostponeRequest request, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        if (request.StartsAt is null || request.EndsAt is null || request.EndsAt < request.StartsAt)
        {
            errors.Add("endsAt", "New dates with the end on or after the start are required.");
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add("reason", "A reason is required.");
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }
        return await ActAsync(id, services, activity =>
        {
            var (previousStart, previousEnd) = (activity.Details.StartsAt, activity.Details.EndsAt);
            activity.Postpone(request.StartsAt!.Value, request.EndsAt!.Value, request.Reason!.Trim(), services.By, services.Now);
            services.Outbox.Enqueue(new ActivityPostponed
            {
                ActivityId = activity.Id,
                CampaignId = activity.CampaignId,
                RegionCode = activity.RegionCode,
                PreviousStartsAt = previousStart,
                PreviousEndsAt = previousEnd,
                StartsAt = request.StartsAt!.Value,
                EndsAt = request.EndsAt!.Value,
                Reason = request.Reason!.Trim(),
            });
        }, cancellationToken);
    }

    internal static Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> Complete(Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken) =>
        ActAsync(id, services, activity => activity.Complete(services.By, services.Now), cancellationToken);

    /// <summary>Loads, applies one workflow step (its event goes to the outbox in the same save), answers the new state.</summary>
    private static Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> ActAsync(Guid id, ActivityServices services, Action<Activity> step, CancellationToken cancellationToken) =>
        ActAsync(id, services, activity =>
        {
            step(activity);
            return Task.CompletedTask;
        }, cancellationToken);

    private static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> ActAsync(Guid id, ActivityServices services, Func<Activity, Task> step, CancellationToken cancellationToken)
    {
        var activity = await services.LoadAsync(id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        await step(activity);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ActivityResponse.From(activity, await services.WindowOfAsync(activity.CampaignId, cancellationToken)));
    }

    private static ProblemHttpResult? RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? RequestErrors.Of("reason", "A reason is required.").ToUnprocessableEntity()
            : null;
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>
/// Following activities: the broadcaster (总台跟踪报道重点活动), a unit or the ministry marks the activities whose changes
/// it wants to hear of. Following is the reader's own list, not a change to the registry, so readers may follow too.
/// </summary>
public static class FollowingApi
{
    public static IEndpointRouteBuilder MapFollowingApi(this IEndpointRouteBuilder app)
    {
        var follow = app.MapGroup("/api/registry/activities/{id:guid}/follow").WithTags("Following")
            .RequireRead(Scopes.Registry)
            .ProducesProblem(StatusCodes.Status404NotFound);
        follow.MapPost("/", Follow).WithName("FollowActivity")
            .WithSummary("Follow an activity the caller can read: 201 the first time, 200 with the same answer after");
        follow.MapDelete("/", Unfollow).WithName("UnfollowActivity")
            .WithSummary("Stop following an activity; 204 whether or not it was followed, also once it has left the catalog");
        app.MapGet("/api/registry/following", Following).WithTags("Following").WithName("ListFollowedActivities")
            .WithSummary("The activities the caller follows, most recently followed first")
            .RequireRead(Scopes.Registry)
            .ProducesValidationProblem();
        return app;
    }

    internal static async Task<Results<Created<FollowedActivity>, Ok<FollowedActivity>, NotFound>> Follow(
        Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        var activity = await services.Db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null || !MayFollow(services, activity))
        {
            return TypedResults.NotFound();
        }
        var follow = ActivityFollow.Start(activity, services.Actor, services.Now);
        // The unique index decides two follows at once; the one that did not insert answers what is stored.
        var inserted = await services.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO activity_follows (id, activity_id, follower_client_id, followed_at)
            VALUES ({follow.Id}, {follow.ActivityId}, {follow.FollowerClientId}, {follow.FollowedAt})
            ON CONFLICT (activity_id, follower_client_id) DO NOTHING
            """, cancellationToken);
        // The same client's unfollow may land between the two statements: then the follow it removed is the answer.
        var stored = await services.Db.Follows.AsNoTracking()
            .SingleOrDefaultAsync(f => f.ActivityId == id && f.FollowerClientId == follow.FollowerClientId, cancellationToken) ?? follow;
        var answer = View(activity, stored);
        return inserted == 1 ? TypedResults.Created("/api/registry/following", answer) : TypedResults.Ok(answer);
    }

    /// <summary>Only the caller's own follow goes: a cancelled activity, which no one may start following, is left too.</summary>
    internal static async Task<Results<NoContent, NotFound>> Unfollow(
        Guid id, [AsParameters] ActivityServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Activities.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var actor = services.Actor;
        await services.Db.Follows.Where(f => f.ActivityId == id && f.FollowerClientId == actor).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<Ok<PagedList<FollowedActivity>>, ValidationProblem>> Following(
        [AsParameters] ActivityServices services, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var actor = services.Actor;
        var follows = services.Db.Follows.AsNoTracking().Where(f => f.FollowerClientId == actor);
        var rows = await follows
            .Join(services.Db.Activities.AsNoTracking(), f => f.ActivityId, a => a.Id, (f, a) => new { Follow = f, Activity = a })
            .OrderByDescending(r => r.Follow.FollowedAt).ThenBy(r => r.Follow.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var total = await follows.CountAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<FollowedActivity>(
            [.. rows.Select(r => View(r.Activity, r.Follow))], paging.Page, paging.PageSize, total));
    }

    /// <summary>The activity's own unit and the ministry handle it before it is in the catalog; others see it from then on.</summary>
    private static bool MayFollow(ActivityServices services, Activity activity) => ActivityFollow.MayFollow(
        activity, services.Caller.IsMinistry() || services.Caller.BoundRegion() == activity.RegionCode);

    private static FollowedActivity View(Activity activity, ActivityFollow follow) => new(
        activity.Id, activity.Details.Title, activity.RegionCode, activity.Status, activity.Details.StartsAt, activity.Details.EndsAt,
        follow.FollowedAt);
}

namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// A client following an activity (the broadcaster tracking key activities, 总台跟踪报道重点活动, or a unit or the ministry):
/// what the activity's changes are told to. One per client and activity, so following again changes nothing.
/// </summary>
public sealed class ActivityFollow
{
    /// <summary>For EF, which sets the stored state.</summary>
    private ActivityFollow()
    {
    }

    public Guid Id { get; private init; }
    public Guid ActivityId { get; private init; }
    public string FollowerClientId { get; private init; } = string.Empty;
    public DateTimeOffset FollowedAt { get; private init; }

    /// <summary>
    /// A client follows activities in the national catalog (any reader of the registry), and an activity before it is
    /// there only when it handles it (its own unit, the ministry).
    /// </summary>
    public static bool MayFollow(Activity activity, bool callerHandlesIt) =>
        callerHandlesIt || ActivityWorkflow.IsInCatalog(activity.Status);

    public static ActivityFollow Start(Activity activity, string followerClientId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ActivityId = activity.Id,
        FollowerClientId = followerClientId,
        FollowedAt = now,
    };
}

using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>One step of an activity's history as the API shows it.</summary>
public sealed record TransitionResponse(string Action, ActivityStatus? From, ActivityStatus To, string By, DateTimeOffset At,
    string? Reason, DateTimeOffset? PreviousStartsAt, DateTimeOffset? PreviousEndsAt)
{
    /// <summary>The step with its action in camelCase, as the API spells actions.</summary>
    public static TransitionResponse Of(ActivityTransition t) =>
        new(char.ToLowerInvariant(t.Action.ToString()[0]) + t.Action.ToString()[1..], t.From, t.To, t.By, t.At, t.Reason,
            t.PreviousStartsAt, t.PreviousEndsAt);
}

using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// The registry's refusals of a change the record's state does not allow (409). They share one title, so clients can
/// group them; the message says what was refused.
/// </summary>
public static class ActivityConflict
{
    public const string Title = "This change is not allowed in the activity's current state.";

    public static ConflictException Because(string message) => new(message, Title);

    /// <summary>The workflow has no step <paramref name="action"/> from <paramref name="from"/>.</summary>
    public static ConflictException Transition(ActivityAction action, ActivityStatus from) =>
        Because($"An activity that is {from.ToString().ToLowerInvariant()} cannot be {Past(action)}.");

    private static string Past(ActivityAction action) => action switch
    {
        ActivityAction.Submit => "submitted",
        ActivityAction.Approve => "approved",
        ActivityAction.Return => "returned",
        ActivityAction.Cancel => "cancelled",
        ActivityAction.Postpone => "postponed",
        ActivityAction.Complete => "completed",
        ActivityAction.Edit => "edited",
        _ => action.ToString().ToLowerInvariant(),
    };
}

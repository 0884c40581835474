namespace PromoMonth.EventRegistry.Domain;

/// <summary>An action the workflow does not allow from the current status; the API answers 409.</summary>
public sealed class InvalidTransitionException : Exception
{
    public InvalidTransitionException(ActivityAction action, ActivityStatus from)
        : base($"An activity that is {from.ToString().ToLowerInvariant()} cannot be {Past(action)}.")
    {
        Action = action;
        From = from;
    }

    public InvalidTransitionException(string message)
        : base(message)
    {
    }

    public InvalidTransitionException()
    {
    }

    public InvalidTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ActivityAction? Action { get; }

    public ActivityStatus? From { get; }

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

namespace PromoMonth.EventRegistry.Domain;

public enum ActivityStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    Postponed,
    Cancelled,
    Completed,
}

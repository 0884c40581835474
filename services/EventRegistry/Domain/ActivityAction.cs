namespace PromoMonth.EventRegistry.Domain;

/// <summary>What can be done to an activity; each is a POST action on the resource.</summary>
public enum ActivityAction
{
    Create,
    Edit,
    Submit,
    Approve,
    Return,
    Cancel,
    Postpone,
    Complete,
}

namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>The record's current state does not allow this change (409).</summary>
public sealed class ConflictException(string message, string title = ConflictException.DefaultTitle)
    : DomainException(title, message)
{
    public const string DefaultTitle = "This change is not allowed in the record's current state.";
}

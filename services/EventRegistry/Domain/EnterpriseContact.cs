namespace PromoMonth.EventRegistry.Domain;

/// <summary>The enterprise's named contact: personal data, never in a public view.</summary>
public sealed record EnterpriseContact(string Name, string? Title, string Phone, string? Email);

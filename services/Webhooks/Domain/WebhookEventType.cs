namespace PromoMonth.Webhooks.Domain;

/// <summary>One entry of the documented catalog of events a partner may subscribe to.</summary>
public sealed record WebhookEventType(string Name, EventFamily Family, string Description);

namespace PromoMonth.Webhooks.Domain;

public enum SubscriptionStatus
{
    /// <summary>Deliveries are sent.</summary>
    Active,
    /// <summary>Deliveries are recorded and held until the partner resumes the subscription.</summary>
    Paused,
}

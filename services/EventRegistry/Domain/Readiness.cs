namespace PromoMonth.EventRegistry.Domain;

/// <summary>Where a link-up's technical readiness check stands.</summary>
public enum Readiness
{
    Pending,
    Ready,
    Failed,
}

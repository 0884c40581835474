using System.Security.Claims;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;

namespace PromoMonth.Webhooks.Apis;

/// <summary>What every webhooks endpoint needs, in one parameter: the caller as a subscriber, the store and the clock.</summary>
public sealed record WebhookServices(ClaimsPrincipal Principal, WebhooksDbContext Db, TimeProvider Clock)
{
    public Subscriber Caller => new(Principal.Actor(), Principal.ClientKind() ?? string.Empty, Principal.BoundRegion());

    public DateTimeOffset Now => Clock.GetUtcNow();
}

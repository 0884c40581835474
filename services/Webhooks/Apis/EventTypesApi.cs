using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Apis;

public static class EventTypesApi
{
    /// <summary>One documented event type, and whether the caller may subscribe to it.</summary>
    public sealed record EventTypeResponse(string Name, string Description, bool Open);

    public static IEndpointRouteBuilder MapEventTypesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/webhooks/event-types", ([AsParameters] WebhookServices services) => TypedResults.Ok(
                EventCatalog.All.Select(t => new EventTypeResponse(t.Name, t.Description, services.Caller.MayHear(t.Family))).ToList()))
            .WithTags("Event types").WithName("ListWebhookEventTypes")
            .WithSummary("Every event type a subscription may name; open says whether the caller may subscribe to it")
            .RequireRead(Scopes.Webhooks);
        return app;
    }
}

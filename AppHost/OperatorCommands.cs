using System.Security.Cryptography;

namespace PromoMonth.AppHost;

/// <summary>
/// The dashboard commands an operator uses at 2 a.m. (DESIGN: "Operators work in the Aspire dashboard"), each a POST
/// to the service's own <c>/ops/{name}</c>, which the gateway does not route. The key that opens those endpoints is
/// made fresh at every AppHost start and known only to the AppHost and the services it starts.
/// </summary>
internal static class OperatorCommands
{

    private const string KeyHeader = "X-Operator-Key";

    /// <summary>
    /// The key, as a secret parameter: the dashboard shows it masked where it lists a service's environment, and a
    /// published manifest holds a reference, not the value. The value is made here, once per start.
    /// </summary>
    public static OperatorKey AddOperatorKey(this IDistributedApplicationBuilder builder)
    {
        var value = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        return new(value, builder.AddParameter("operator-key", () => value, secret: true));
    }

    /// <summary>A service that publishes and consumes events: publish pending events now, move error-queue messages back.</summary>
    public static IResourceBuilder<ProjectResource> WithMessagingCommands(this IResourceBuilder<ProjectResource> service, OperatorKey operatorKey) =>
        service.WithEnvironment("Operations__Key", operatorKey.Parameter)
            .WithOperatorCommand(operatorKey, "relay-outbox", "Publish pending events now",
                "Clears the outbox relay's back-off and publishes every event not yet published (after a broker outage).", "ArrowSync")
            .WithOperatorCommand(operatorKey, "requeue-errors", "Move error-queue messages back",
                "Moves the messages parked in this service's *_error queues back to their queues, once the fault is fixed.", "ArrowReply");

    /// <summary>A service with a deadline watch: run its check now instead of at the next tick.</summary>
    public static IResourceBuilder<ProjectResource> WithDeadlineCommand(this IResourceBuilder<ProjectResource> service, OperatorKey operatorKey) =>
        service.WithEnvironment("Operations__Key", operatorKey.Parameter).WithOperatorCommand(operatorKey, "check-deadlines", "Run the deadline check now",
            "Announces everything past its deadline now; nothing is announced twice.", "CalendarClock");

    private static IResourceBuilder<ProjectResource> WithOperatorCommand(this IResourceBuilder<ProjectResource> service, OperatorKey operatorKey,
        string name, string displayName, string description, string icon) =>
        service.WithHttpCommand($"/ops/{name}", displayName, endpointName: "http", commandName: name, new HttpCommandOptions
        {
            Description = description,
            IconName = icon,
            PrepareRequest = request =>
            {
                request.Request.Headers.Add(KeyHeader, operatorKey.Value);
                return Task.CompletedTask;
            },
            ResultMode = HttpCommandResultMode.Auto,
        });
}

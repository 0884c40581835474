using System.Security.Cryptography;

namespace PromoMonth.AppHost;

/// <summary>
/// The dashboard commands an operator uses at 2 a.m. in the Aspire dashboard, each a POST
/// to the service's own <c>/ops/{name}</c>, which the gateway does not route. The key that opens those endpoints is
/// made fresh at every AppHost start and known only to the AppHost and the services it starts.
/// </summary>
internal static class OperatorCommands
{
    /// <summary>
    /// The header and setting the services check (ServiceDefaults' <c>OperatorKey</c>; the AppHost does not reference it).
    /// </summary>
    private const string KeyHeader = "X-Operator-Key";
    private const string KeySetting = "Operations__Key";

    /// <summary>One command: the service's <c>/ops/{Name}</c> and how the dashboard shows it.</summary>
    internal sealed record Command(string Name, string DisplayName, string Description, string Icon);

    /// <summary>Every service that publishes and consumes events: publish pending events now, move error-queue messages back.</summary>
    public static readonly Command[] Messaging =
    [
        new("relay-outbox", "Publish pending events now",
            "Clears the outbox relay's back-off and publishes every event not yet published (after a broker outage).", "ArrowSync"),
        new("requeue-errors", "Move error-queue messages back",
            "Moves the messages parked in this service's *_error queues back to their queues, once the fault is fixed.", "ArrowReply"),
    ];

    /// <summary>A service with a deadline watch: run its check now instead of at the next tick.</summary>
    public static readonly Command Deadlines = new("check-deadlines", "Run the deadline check now",
        "Announces everything past its deadline now; nothing is announced twice.", "CalendarClock");

    /// <summary>
    /// The key, as a secret parameter: the dashboard shows it masked where it lists a service's environment, and a
    /// published manifest holds a reference, not the value. The value is made here, once per start.
    /// </summary>
    public static OperatorKey AddOperatorKey(this IDistributedApplicationBuilder builder)
    {
        var value = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        return new(value, builder.AddParameter("operator-key", () => value, secret: true));
    }

    /// <summary>Gives the service the key and adds each command to its resource in the dashboard.</summary>
    public static IResourceBuilder<ProjectResource> WithOperatorCommands(
        this IResourceBuilder<ProjectResource> service, OperatorKey key, params Command[] commands)
    {
        service.WithEnvironment(KeySetting, key.Parameter);
        foreach (var command in commands)
        {
            var options = new HttpCommandOptions
            {
                Description = command.Description,
                IconName = command.Icon,
                PrepareRequest = request =>
                {
                    request.Request.Headers.Add(KeyHeader, key.Value);
                    return Task.CompletedTask;
                },
                ResultMode = HttpCommandResultMode.Auto,
            };
            service.WithHttpCommand($"/ops/{command.Name}", command.DisplayName, endpointName: "http", commandName: command.Name, options);
        }
        return service;
    }
}

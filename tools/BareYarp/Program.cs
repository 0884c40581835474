using Yarp.ReverseProxy.Configuration;

// The benchmark's peer for authenticated reads: YARP and nothing else (no token check, no rate limits, no caching,
// no telemetry, no logging) in front of one service, so the gateway's own cost shows as the difference.
// Usage: PromoMonth.BareYarp <destination-url> <listen-url>
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "everything", ClusterId = "service", Match = new RouteMatch { Path = "{**path}" } }],
    [
        new ClusterConfig
        {
            ClusterId = "service",
            Destinations = new Dictionary<string, DestinationConfig> { ["only"] = new() { Address = args[0] } },
        },
    ]);
var app = builder.Build();
app.MapReverseProxy();
await app.RunAsync(args[1]);

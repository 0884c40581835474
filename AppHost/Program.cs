using PromoMonth.AppHost;
using PromoMonth.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL (a database per service), RabbitMQ and Redis: local executables, containers or external servers.
var infrastructure = builder.AddInfrastructure(new Dictionary<string, string>
{
    ["identity-db"] = "identity",
    ["registry-db"] = "registry",
    ["licensing-db"] = "licensing",
    ["statistics-db"] = "statistics",
    ["complaints-db"] = "complaints",
    ["webhooks-db"] = "webhooks",
});

// The only door partners use (two behind HAProxy on a cluster); its public address is the issuer of every access token.
var gateways = Gateways.Add(builder);
var issuer = gateways.TokenIssuer;

// Opens the services' operator endpoints to the dashboard's commands (OperatorCommands); a new one at every start.
var operatorKey = builder.AddOperatorKey();

var identity = builder.AddService<Projects.PromoMonth_Identity>("identity", infrastructure, "identity-db", issuer)
    .WithOwnJwks()
    .WithClientSecrets(builder)
    .WithKeyRing(builder, "Identity");
var registry = builder.AddService<Projects.PromoMonth_EventRegistry>("registry", infrastructure, "registry-db", issuer)
    .WithTokenServer(identity)
    .WithEnvironment("Registry__PublicBaseUrl", gateways.PublicAddress)
    .WithOperatorCommands(operatorKey, OperatorCommands.Messaging);
var licensing = builder.AddService<Projects.PromoMonth_Licensing>("licensing", infrastructure, "licensing-db", issuer)
    .WithTokenServer(identity)
    .WithEnvironment("Licensing__PublicBaseUrl", gateways.PublicAddress)
    .WithForwardedConfiguration(builder.Configuration, "Licensing")
    .WithKeyRing(builder, "Licensing")
    .WithBenchmarkPeer(builder)
    .WithOperatorCommands(operatorKey, OperatorCommands.Messaging);
var statistics = builder.AddService<Projects.PromoMonth_Statistics>("statistics", infrastructure, "statistics-db", issuer)
    .WithTokenServer(identity)
    .WithForwardedConfiguration(builder.Configuration, "Statistics")
    .WithOperatorCommands(operatorKey, [.. OperatorCommands.Messaging, OperatorCommands.Deadlines]);
var complaints = builder.AddService<Projects.PromoMonth_Complaints>("complaints", infrastructure, "complaints-db", issuer)
    .WithTokenServer(identity)
    .WithForwardedConfiguration(builder.Configuration, "Complaints")
    .WithOperatorCommands(operatorKey, [.. OperatorCommands.Messaging, OperatorCommands.Deadlines]);
// Partners' signed webhooks: consumes the others' events, sends to partners' endpoints.
var webhooks = builder.AddService<Projects.PromoMonth_Webhooks>("webhooks", infrastructure, "webhooks-db", issuer)
    .WithTokenServer(identity)
    .WithReceiverPolicy(builder)
    .WithForwardedConfiguration(builder.Configuration, "Webhooks")
    .WithOperatorCommands(operatorKey, OperatorCommands.Messaging);

gateways.Each(gateway => gateway
    .WithReference(infrastructure.Cache).WaitFor(infrastructure.Cache)
    .WithTokenServer(identity).WaitFor(identity)
    .WithReference(registry).WaitFor(registry)
    .WithReference(licensing).WaitFor(licensing)
    .WithReference(statistics).WaitFor(statistics)
    .WithReference(complaints).WaitFor(complaints)
    .WithReference(webhooks).WaitFor(webhooks)
    .WithEnvironment("Identity__Issuer", issuer)
    .WithForwardedConfiguration(builder.Configuration, "Gateway:RateLimits")
    .WithIntakePeer(builder)
    // The gateway starts most traces: its sampling decision is the one every service's parent-based sampler follows.
    .WithForwardedConfiguration(builder.Configuration, "Telemetry")
    .WithHttpHealthCheck("/health"));

// "Load the demo campaign" (an operator command): the data generator, started from the dashboard.
builder.AddDemoCampaign(gateways.Front);

builder.Build().Run();

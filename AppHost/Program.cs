using PromoMonth.AppHost;
using PromoMonth.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL (a database per service), RabbitMQ and Redis: local executables, containers or external servers.
var infrastructure = builder.AddInfrastructure(new Dictionary<string, string>
{
    ["registry-db"] = "registry",
    ["licensing-db"] = "licensing",
    ["statistics-db"] = "statistics",
    ["complaints-db"] = "complaints",
});

var registry = builder.AddService<Projects.PromoMonth_EventRegistry>("registry", infrastructure, "registry-db");
var licensing = builder.AddService<Projects.PromoMonth_Licensing>("licensing", infrastructure, "licensing-db");
var statistics = builder.AddService<Projects.PromoMonth_Statistics>("statistics", infrastructure, "statistics-db");
var complaints = builder.AddService<Projects.PromoMonth_Complaints>("complaints", infrastructure, "complaints-db");

builder.AddProject<Projects.PromoMonth_Gateway>("gateway")
    .WithGatewayEndpoint(builder.Configuration)
    .WithReference(infrastructure.Cache)
    .WithReference(registry).WaitFor(registry)
    .WithReference(licensing).WaitFor(licensing)
    .WithReference(statistics).WaitFor(statistics)
    .WithReference(complaints).WaitFor(complaints)
    .WithHttpHealthCheck("/health");

builder.Build().Run();

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Gauges;
using PromoMonth.ServiceDefaults.Hosting;
using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string BrokerConnectionName = "rabbitmq";

    /// <summary>
    /// MassTransit over RabbitMQ with this service's outbox relay and inbox. Queues are prefixed with the service
    /// name, so two services consuming the same event each get their own copy.
    /// </summary>
    public static TBuilder AddMessaging<TBuilder, TDbContext>(
        this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TBuilder : IHostApplicationBuilder
        where TDbContext : DbContext
    {
        var brokerUri = builder.Configuration.GetConnectionString(BrokerConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{BrokerConnectionName} is not set; the AppHost provides it.");

        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration("Messaging:Outbox");
        // The relay waits on the signal that the database's interceptor raises; whichever registers first owns it.
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddOptions<MessageRetentionOptions>().BindConfiguration("Messaging:Retention");
        builder.Services.AddBackgroundWatch<MessageRetention<TDbContext>>();
        builder.Services.AddScoped<IEventOutbox, EventOutbox<TDbContext>>();
        builder.Services.AddSingleton<OutboxRelay<TDbContext>>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay<TDbContext>>());
        var receiveQueues = new ReceiveQueues();
        builder.Services.AddSingleton(receiveQueues);
        builder.Services.AddSingleton<IOperatorCommand, RelayOutboxCommand<TDbContext>>();
        // What waits (outbox, inbox lag, queues) as gauges; the service is Degraded while its events are late.
        builder.Services.AddOptions<GaugeOptions>().BindConfiguration("Telemetry:Gauges");
        builder.Services.TryAddSingleton(new BrokerAddress(new Uri(brokerUri)));
        var quorumQueues = builder.Configuration.GetValue("Messaging:QuorumQueues", false);
        builder.Services.TryAddSingleton<MessagingReadings>();
        builder.Services.AddBackgroundWatch<MessagingGauges<TDbContext>>();
        builder.Services.AddHealthChecks().AddCheck<MessagingHealthCheck>("messaging");
        builder.Services.AddSingleton<IOperatorCommand>(sp =>
            new RequeueErrorsCommand(
                sp.GetRequiredService<ReceiveQueues>(), new Uri(brokerUri), sp.GetRequiredService<ILogger<RequeueErrorsCommand>>()));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // MassTransit 8.5 reports usage to usage-tracking.masstransit.io by default: a ministry's system sends
            // nothing outside its own network (here the call only failed, and logged a warning at every start).
            bus.DisableUsageTelemetry();
            // A bus not yet started or cut off from the broker leaves the service taking writes (they wait in its
            // outbox): Degraded, not Unhealthy, which also kept the first health poll of every start out of the errors.
            bus.ConfigureHealthCheckOptions(options => options.MinimalFailureStatus = HealthStatus.Degraded);
            addConsumers?.Invoke(bus);
            // On a cluster every receive queue (and its error queue, which takes its arguments) is a quorum queue,
            // replicated to a majority of the nodes: a node's loss loses no message and stops no consumer.
            if (quorumQueues)
            {
                bus.AddConfigureEndpointsCallback((_, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                    {
                        rabbitEndpoint.SetQuorumQueue();
                    }
                });
            }
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(brokerUri));
                // Retry inside, error queue outside: a message that still fails lands in <queue>_error. A database that
                // cannot be reached (a standby being promoted takes about 20 s) is waited out for a minute; the short
                // schedule, for everything else, would have sent its messages to the error queue within 9 s.
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(DatabaseUnavailableHandler.IsUnreachableDatabase);
                    retry.Exponential(8, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(1));
                });
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(DatabaseUnavailableHandler.IsUnreachableDatabase);
                    retry.Intervals(100, 500, 1000, 2000, 5000);
                });
                rabbit.ConnectEndpointConfigurationObserver(receiveQueues);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}

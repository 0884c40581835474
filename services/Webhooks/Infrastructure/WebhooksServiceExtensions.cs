using MassTransit;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Gauges;
using PromoMonth.ServiceDefaults.Hosting;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Webhooks.Consumers;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Infrastructure;

public static class WebhooksServiceExtensions
{
    public const string ServiceName = "webhooks";

    public static WebApplicationBuilder AddWebhooksServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, WebhooksDbContext>("webhooks-db");
        builder.AddMessaging<WebApplicationBuilder, WebhooksDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<FollowedActivityChangedConsumer>());
        builder.AddTokenValidation(Audiences.Webhooks);
        builder.Services.AddOptions<WebhooksOptions>().BindConfiguration("Webhooks")
            .Validate(o => Schedules(o), "Webhooks:Delivery:RetrySchedule is comma-separated positive hh:mm:ss delays.")
            .Validate(o => o.Delivery.MaxConcurrencyPerSubscription >= 1, "Webhooks:Delivery:MaxConcurrencyPerSubscription is at least 1.")
            .ValidateOnStart();
        // Loopback receivers are for the tests' own, and only in Development: elsewhere the switch is ignored.
        builder.Services.AddSingleton(sp => new ReceiverPolicy(
            builder.Environment.IsDevelopment() && sp.GetRequiredService<IOptions<WebhooksOptions>>().Value.AllowLoopbackReceivers));
        builder.Services.AddSingleton<ReceiverUrl>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddHostedService<DeliveryDispatcher>();
        builder.Services.AddBusinessGauges<DeliveryGauges>();
        builder.Services.AddBackgroundWatch<DeliveryRetention>();
        return builder;
    }

    private static bool Schedules(WebhooksOptions options)
    {
        try
        {
            return options.Delivery.Schedule().Delays.Count > 0;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }
}

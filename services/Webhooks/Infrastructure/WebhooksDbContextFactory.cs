using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.Webhooks.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class WebhooksDbContextFactory() : DesignTimeDbContextFactory<WebhooksDbContext>("webhooks", options => new(options));

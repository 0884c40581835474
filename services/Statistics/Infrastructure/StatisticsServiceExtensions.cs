using PromoMonth.ServiceDefaults.Caching;
using MassTransit;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Deadlines;
using PromoMonth.Statistics.Importing;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Infrastructure;

public static class StatisticsServiceExtensions
{
    public const string ServiceName = "statistics";

    public static WebApplicationBuilder AddStatisticsServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, StatisticsDbContext>("statistics-db");
        builder.AddMessaging<WebApplicationBuilder, StatisticsDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<Consumers.ComplaintReceivedConsumer>());
        builder.AddCacheClient();
        builder.AddTokenValidation(Audiences.Statistics);
        builder.Services.AddScoped<ReportSubmissions>();
        builder.Services.AddScoped<BulkImporter>();
        builder.Services.AddOptions<DeadlineWatchOptions>().BindConfiguration("Statistics:DeadlineWatch");
        builder.Services.AddSingleton<DeadlineWatch>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DeadlineWatch>());
        return builder;
    }
}

using MassTransit;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Gauges;
using PromoMonth.ServiceDefaults.Hosting;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Operations;
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
        builder.AddStatisticsCore();
        builder.AddCacheClient();
        builder.AddFailSafeCache();
        builder.Services.AddSingleton<RollupCache>();
        builder.AddTokenValidation(Audiences.Statistics);
        return builder;
    }

    /// <summary>
    /// The database, the bus with its consumers, the domain events' contracts, reporting and the deadline watch: what a
    /// replica needs besides HTTP.
    /// </summary>
    public static TBuilder AddStatisticsCore<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddServiceDatabase<TBuilder, StatisticsDbContext>("statistics-db");
        builder.AddMessaging<TBuilder, StatisticsDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<Consumers.ComplaintReceivedConsumer>());
        builder.Services.AddSingleton<IDomainEventContracts, StatisticsEventContracts>();
        builder.Services.AddScoped<ReportSubmissions>();
        builder.Services.AddScoped<ReportApprovals>();
        builder.Services.AddScoped<BulkImporter>();
        builder.Services.AddOptions<ImportLimits>().BindConfiguration(ImportLimits.Section)
            .Validate(l => l.MaxRows > 0 && l.MaxBytes > 0 && l.MaxEchoedErrors >= 0, "Statistics:Import limits are positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<DeadlineWatchOptions>().BindConfiguration("Statistics:DeadlineWatch");
        builder.Services.AddBackgroundWatch<DeadlineWatch>();
        builder.Services.AddBusinessGauges<ReportGauges>();
        builder.Services.AddSingleton<IOperatorCommand, CheckDeadlinesCommand>();
        return builder;
    }
}

using MassTransit;
using PromoMonth.Complaints.Consumers;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Gauges;
using PromoMonth.ServiceDefaults.Hosting;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Operations;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Complaints.Infrastructure;

public static class ComplaintsServiceExtensions
{
    public const string ServiceName = "complaints";

    public static WebApplicationBuilder AddComplaintsServices(this WebApplicationBuilder builder)
    {
        builder.AddComplaintsCore();
        builder.AddCacheClient();
        builder.AddTokenValidation(Audiences.Complaints);
        builder.Services.AddAuthorization(Apis.CasesApi.AddCaseReaders);
        return builder;
    }

    /// <summary>
    /// The database, the bus with its consumers, intake, the events' contracts and the overdue watch: what a replica
    /// needs besides HTTP.
    /// </summary>
    public static TBuilder AddComplaintsCore<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddServiceDatabase<TBuilder, ComplaintsDbContext>("complaints-db");
        builder.AddMessaging<TBuilder, ComplaintsDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<EnterpriseRegisteredConsumer>());
        builder.Services.AddOptions<OverdueWatchOptions>().BindConfiguration("Complaints:OverdueWatch");
        builder.Services.AddBackgroundWatch<OverdueWatch>();
        builder.Services.AddBusinessGauges<CaseGauges>();
        builder.Services.AddSingleton<IOperatorCommand, CheckOverdueCasesCommand>();
        builder.Services.AddScoped<CaseIntakeHandler>();
        builder.Services.AddSingleton<IDomainEventContracts, ComplaintsEventContracts>();
        builder.Services.AddOptions<IntakeOptions>().BindConfiguration("Complaints:Intake");
        return builder;
    }
}

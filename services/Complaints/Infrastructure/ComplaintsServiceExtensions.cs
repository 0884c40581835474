using MassTransit;
using PromoMonth.Complaints.Consumers;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Complaints.Infrastructure;

public static class ComplaintsServiceExtensions
{
    public const string ServiceName = "complaints";

    public static WebApplicationBuilder AddComplaintsServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, ComplaintsDbContext>("complaints-db");
        builder.AddMessaging<WebApplicationBuilder, ComplaintsDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<EnterpriseRegisteredConsumer>());
        builder.AddCacheClient();
        builder.AddTokenValidation(Audiences.Complaints);
        builder.Services.AddAuthorization(Apis.CasesApi.AddCaseReaders);
        builder.Services.AddOptions<OverdueWatchOptions>().BindConfiguration("Complaints:OverdueWatch");
        builder.Services.AddHostedService<OverdueWatch>();
        builder.Services.AddScoped<CaseIntakeHandler>();
        builder.Services.AddOptions<IntakeOptions>().BindConfiguration("Complaints:Intake");
        return builder;
    }
}

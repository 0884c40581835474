using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.Statistics.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class StatisticsDbContextFactory() : DesignTimeDbContextFactory<StatisticsDbContext>("statistics", options => new(options));

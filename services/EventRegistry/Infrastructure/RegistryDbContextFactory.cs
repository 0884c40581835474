using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.EventRegistry.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class RegistryDbContextFactory() : DesignTimeDbContextFactory<RegistryDbContext>("registry", options => new(options));

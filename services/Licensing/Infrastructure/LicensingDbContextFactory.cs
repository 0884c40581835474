using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class LicensingDbContextFactory() : DesignTimeDbContextFactory<LicensingDbContext>("licensing", options => new(options));

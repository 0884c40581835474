using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.Identity.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class IdentityDbContextFactory() : DesignTimeDbContextFactory<IdentityDbContext>("identity", options => new(options));

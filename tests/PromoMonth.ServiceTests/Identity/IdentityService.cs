using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Identity;

/// <summary>The token server as a development run starts it: in Development, with the documented client secrets.</summary>
internal static class IdentityService
{
    private static readonly Dictionary<string, string> DevelopmentSecrets = new() { ["Identity:UseDevelopmentSecrets"] = "true" };

    public static Task<ServiceHost<IdentityDbContext>> StartAsync(ServersFixture servers) =>
        servers.ServiceAsync<IdentityDbContext>("identity-db", "Development", DevelopmentSecrets);
}

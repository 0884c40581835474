using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Identity;

/// <summary>The token server as a development run starts it: in Development, with the documented client secrets.</summary>
internal static class IdentityService
{
    public static Task<ServiceHost<IdentityDbContext>> StartAsync(ServersFixture servers)
    {
        // The AppHost switches the development secrets on through this environment variable; the host takes no other
        // settings, and no other service reads it.
        Environment.SetEnvironmentVariable("Identity__UseDevelopmentSecrets", "true");
        return servers.ServiceAsync<IdentityDbContext>("identity-db", "Development");
    }
}

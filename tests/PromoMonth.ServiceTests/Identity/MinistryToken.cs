using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Identity;

/// <summary>
/// A client of the token server's own client administration: the token server adds the identity audience for the
/// ministry, which no scope names.
/// </summary>
internal static class MinistryToken
{
    public static HttpClient Client(ServiceHost<IdentityDbContext> service, string kind = ClientKinds.Ministry)
    {
        var id = kind == ClientKinds.Ministry ? "ministry" : $"{kind}-test";
        return service.ClientAs(new TestClient(id, kind, null, Scopes.Registry) { ExtraAudiences = [Audiences.Identity] });
    }
}

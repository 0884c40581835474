using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Identity;

/// <summary>
/// A ministry token for the token server's own client administration. The token server adds the identity audience
/// for the ministry only, which no scope names, so <see cref="TestTokens"/> cannot make it: this one is signed with
/// the same test key and carries the identity audience.
/// </summary>
internal static class MinistryToken
{
    public static HttpClient Client(ServiceHost<IdentityDbContext> service, string kind = ClientKinds.Ministry)
    {
        var http = service.ClientAs(null);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", For(kind));
        return http;
    }

    private static string For(string kind)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Subject = new ClaimsIdentity(
            [
                new Claim(PromoMonthClaims.Subject, kind == ClientKinds.Ministry ? "ministry" : $"{kind}-test"),
                new Claim(PromoMonthClaims.ClientKind, kind),
                new Claim(PromoMonthClaims.Scope, Scopes.Registry),
            ]),
            Expires = DateTime.UtcNow.AddMinutes(10),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(TestTokens.SigningKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object> { ["aud"] = Audiences.Identity },
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}

using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.ServiceTests.Infrastructure;

/// <summary>A client as the token server would describe it: id, kind, bound region (null: national) and scopes.</summary>
public sealed record TestClient(string Id, string Kind, string? Region, params string[] Scopes)
{
    /// <summary>Audiences beyond those the scopes open, as the token server adds the identity audience for the ministry.</summary>
    public IReadOnlyList<string> ExtraAudiences { get; init; } = [];

    public static TestClient Ministry(params string[] scopes) => new("ministry", ClientKinds.Ministry, null, scopes);

    public static TestClient Unit(string region, params string[] scopes) =>
        new($"unit-{region}", ClientKinds.ReportingUnit, region, scopes);

    public static TestClient Hotline(params string[] scopes) => new("hotline-12315", ClientKinds.Hotline, null, scopes);

    public static TestClient Broadcaster(params string[] scopes) => new("broadcaster", ClientKinds.Broadcaster, null, scopes);
}

/// <summary>Access tokens shaped as the token server issues them (RFC 9068), signed by a key only the tests hold.</summary>
public static class TestTokens
{
    public const string Issuer = TokenValidationExtensions.DefaultIssuer;

    public static SecurityKey SigningKey { get; } = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "service-tests" };

    public static string For(TestClient client)
    {
        var claims = new List<Claim>
        {
            new(PromoMonthClaims.Subject, client.Id),
            new(PromoMonthClaims.ClientKind, client.Kind),
            new(PromoMonthClaims.Scope, string.Join(' ', client.Scopes)),
        };
        if (client.Region is not null)
        {
            claims.Add(new Claim(PromoMonthClaims.Region, client.Region));
        }
        var audiences = client.Scopes.Select(scope => Scopes.Audience[scope]).Concat(client.ExtraAudiences).Distinct().ToList();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(10),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        };
        descriptor.Claims = new Dictionary<string, object> { ["aud"] = audiences.Count == 1 ? audiences[0] : audiences };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}

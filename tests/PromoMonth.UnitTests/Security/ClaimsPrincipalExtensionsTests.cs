using System.Security.Claims;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.UnitTests.Security;

public sealed class ClaimsPrincipalExtensionsTests
{
    private static ClaimsPrincipal Caller(string kind, string? region, params string[] scopeClaims)
    {
        var claims = new List<Claim> { new(PromoMonthClaims.Subject, "client"), new(PromoMonthClaims.ClientKind, kind) };
        if (region is not null)
        {
            claims.Add(new Claim(PromoMonthClaims.Region, region));
        }
        claims.AddRange(scopeClaims.Select(s => new Claim(PromoMonthClaims.Scope, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public void A_region_bound_client_acts_for_its_own_region_only()
    {
        var shanghai = Caller(ClientKinds.ReportingUnit, "310000");

        Assert.True(shanghai.MayActFor("310000"));
        Assert.False(shanghai.MayActFor("110000"));
    }

    [Fact]
    public void A_national_client_acts_for_every_region()
    {
        Assert.True(Caller(ClientKinds.Ministry, null).MayActFor("660000"));
    }

    [Fact]
    public void Scopes_are_read_from_one_space_separated_claim_or_several_claims()
    {
        var spaced = Caller(ClientKinds.ReportingUnit, "310000", "registry statistics");
        var separate = Caller(ClientKinds.ReportingUnit, "310000", "registry", "statistics");

        Assert.True(spaced.HasScope("statistics"));
        Assert.True(separate.HasScope("statistics"));
        Assert.False(spaced.HasScope("statistics.admin"));
        Assert.False(spaced.HasScope("registr"));
    }

    [Fact]
    public void Every_scope_opens_exactly_one_service()
    {
        Assert.Equal(8, Scopes.All.Count);
        Assert.All(Scopes.All, scope => Assert.Contains(Scopes.Audience[scope], Audiences.All));
    }
}

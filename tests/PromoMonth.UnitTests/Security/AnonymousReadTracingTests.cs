using Microsoft.AspNetCore.Http;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.UnitTests.Security;

public sealed class AnonymousReadTracingTests
{
    private static readonly string[] Prefixes = ["/api/catalog", "/api/verify", "/verify"];

    [Theory]
    [InlineData("GET", "/api/verify/CPM2020-310000-00001", null, true)]
    [InlineData("GET", "/api/verify/CPM2020-310000-00001", "Bearer junk", true)]
    [InlineData("HEAD", "/api/catalog/activities", "Basic Zm9vOmJhcg==", true)]
    [InlineData("POST", "/api/catalog/activities", null, false)]
    [InlineData("GET", "/api/registry/activities", "Bearer junk", false)]
    public void Anonymous_reads_stay_untraced_whatever_Authorization_header_they_carry(
        string method, string path, string? authorization, bool untraced)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Path = path;
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }

        Assert.Equal(untraced, AnonymousReadTracing.IsAnonymousRead(http, Prefixes));
    }
}

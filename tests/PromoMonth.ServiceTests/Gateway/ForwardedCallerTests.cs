using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using PromoMonth.Gateway;

namespace PromoMonth.ServiceTests.Gateway;

/// <summary>
/// Behind the cluster's HAProxy every connection comes from the balancer: the gateway must see the caller the balancer
/// names, or every consumer in the country shares one per-address bucket. A caller cannot name itself.
/// </summary>
public sealed class ForwardedCallerTests
{
    private static readonly IPAddress Balancer = IPAddress.Loopback;

    [Fact]
    public async Task Behind_a_known_balancer_the_caller_is_the_address_it_forwarded()
    {
        await using var app = await GatewayAsync(knownProxy: "127.0.0.1");

        Assert.Equal("203.0.113.9", await CallerSeenAsync(app, Balancer, "203.0.113.9"));
    }

    [Fact]
    public async Task A_caller_that_names_itself_in_the_header_is_still_the_address_the_balancer_appended()
    {
        await using var app = await GatewayAsync(knownProxy: "127.0.0.1");

        Assert.Equal("203.0.113.9", await CallerSeenAsync(app, Balancer, "198.51.100.1, 203.0.113.9"));
    }

    [Fact]
    public async Task Without_a_known_balancer_the_header_is_ignored()
    {
        await using var app = await GatewayAsync(knownProxy: null);

        Assert.Equal("127.0.0.1", await CallerSeenAsync(app, Balancer, "203.0.113.9"));
    }

    [Fact]
    public async Task A_connection_from_anywhere_else_cannot_forward()
    {
        await using var app = await GatewayAsync(knownProxy: "127.0.0.1");

        Assert.Equal("198.51.100.7", await CallerSeenAsync(app, IPAddress.Parse("198.51.100.7"), "203.0.113.9"));
    }

    private static async Task<WebApplication> GatewayAsync(string? knownProxy)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        if (knownProxy is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:KnownProxies:0"] = knownProxy });
        }
        var app = builder.Build();
        app.UseForwardedCaller();
        app.MapGet("/caller", (HttpContext http) => http.Connection.RemoteIpAddress?.ToString());
        await app.StartAsync();
        return app;
    }

    private static async Task<string> CallerSeenAsync(WebApplication app, IPAddress connection, string forwardedFor)
    {
        var context = await app.GetTestServer().SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/caller";
            http.Connection.RemoteIpAddress = connection;
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        using var body = new StreamReader(context.Response.Body);
        return await body.ReadToEndAsync();
    }
}

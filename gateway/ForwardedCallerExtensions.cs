using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PromoMonth.Gateway;

public static class ForwardedCallerExtensions
{
    /// <summary>
    /// Behind a load balancer (Gateway:KnownProxies, its addresses) the caller is the address the balancer appended to
    /// X-Forwarded-For, not the balancer: the per-address rate limits and the access log need the caller. Only the
    /// last entry counts, the one the balancer wrote, so a caller cannot choose its own address. Without known
    /// proxies the header is ignored: a caller reaching the gateway directly is the connection's address.
    /// </summary>
    public static WebApplication UseForwardedCaller(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection("Gateway:KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return app;
        }
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        app.UseForwardedHeaders(options);
        return app;
    }
}

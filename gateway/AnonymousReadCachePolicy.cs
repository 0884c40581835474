using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace PromoMonth.Gateway;

/// <summary>
/// The micro-cache of the anonymous public reads. ASP.NET's default policy skips any request with an Authorization
/// header; these routes answer the same to everyone, so a header (junk or a real token) must not let a flood of
/// requests past the cache to the services. Only 200 answers without cookies are stored.
/// </summary>
public sealed class AnonymousReadCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var method = context.HttpContext.Request.Method;
        var cacheable = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

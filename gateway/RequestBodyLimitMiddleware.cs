using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace PromoMonth.Gateway;

public static class RequestBodyLimitMiddleware
{
    /// <summary>
    /// Answers 413 as problem details before a byte is forwarded when the declared length is too large; chunked
    /// bodies are cut off by Kestrel's limit, set per request to the same number (bulk imports get a larger one).
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<RequestBodyLimitOptions>>().Value;
            var limit = options.LimitFor(context.Request.Path);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "The request body is too large.",
                    detail: $"The gateway accepts bodies of at most {limit} bytes.").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
}

using Microsoft.Extensions.Options;

namespace PromoMonth.Gateway;

public static class RequestBodyLimitMiddleware
{
    /// <summary>
    /// Answers 413 as problem details before a byte is forwarded when the declared length is too large; chunked
    /// bodies are cut off by Kestrel's own limit, set to the same number.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<RequestBodyLimitOptions>>().Value.MaxBytes;
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

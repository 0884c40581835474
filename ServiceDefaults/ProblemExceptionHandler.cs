using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PromoMonth.ServiceDefaults;

/// <summary>An exception that means a known 4xx or 5xx, answered as problem details with that status.</summary>
public abstract class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The answer for this exception, or null when it is not one this handler knows.</summary>
    protected abstract ProblemDetails? Describe(HttpContext httpContext, Exception exception);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Describe(httpContext, exception) is not { } problem)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Infrastructure;

/// <summary>
/// A workflow step the state does not allow, or one that lost a race with another writer, is a 409 with the reason,
/// never a 500.
/// </summary>
internal sealed class RegistryExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (title, detail) = exception switch
        {
            InvalidTransitionException invalid => ("This change is not allowed in the activity's current state.", invalid.Message),
            DbUpdateConcurrencyException => ("The record changed while this request was handled.", "Read it again and retry."),
            _ => (null, null),
        };
        if (title is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail },
        });
    }
}

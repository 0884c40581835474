using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>The one place a domain refusal becomes an HTTP status: conflict 409, forbidden region 403, not found 404.</summary>
public sealed class DomainFailureHandler(IProblemDetailsService problems) : ProblemExceptionHandler(problems)
{
    protected override ProblemDetails? Describe(HttpContext httpContext, Exception exception) => exception switch
    {
        ConflictException conflict => Problem(StatusCodes.Status409Conflict, conflict),
        RegionForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, forbidden),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, notFound),
        // Another writer changed the row between this request's read and its write.
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The record changed while this request was handled.",
            Detail = "Read it again and retry.",
        },
        _ => null,
    };

    private static ProblemDetails Problem(int status, DomainException exception) =>
        new() { Status = status, Title = exception.Title, Detail = exception.Message };
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PromoMonth.ServiceDefaults;

/// <summary>
/// A request the framework could not read (a query value that is not a number, a body that is not JSON) answers its
/// own 4xx as problem details in every environment: in Development minimal APIs throw these, which would otherwise
/// reach the exception handler as a 500.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : ProblemExceptionHandler(problems)
{
    protected override ProblemDetails? Describe(HttpContext httpContext, Exception exception) =>
        exception is BadHttpRequestException badRequest
            ? new ProblemDetails { Status = badRequest.StatusCode, Title = "The request could not be read.", Detail = badRequest.Message }
            : null;
}

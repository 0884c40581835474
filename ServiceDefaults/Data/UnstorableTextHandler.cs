using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace PromoMonth.ServiceDefaults.Data;

/// <summary>
/// Text that PostgreSQL cannot hold (a NUL character, in a column, a query parameter or a JSON document) is the
/// caller's error wherever it came in (path, query, JSON, form, CSV): a 400 as problem details, not a 500. The
/// statement failed, so its transaction changed nothing.
/// </summary>
public sealed class UnstorableTextHandler(IProblemDetailsService problems) : ProblemExceptionHandler(problems)
{
    protected override ProblemDetails? Describe(HttpContext httpContext, Exception exception) =>
        IsUnstorableText(exception)
            ? new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request holds text that cannot be stored.",
                Detail = "Text may not contain the NUL character (U+0000). Nothing was changed.",
            }
            : null;

    public static bool IsUnstorableText(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException
                { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter })
            {
                return true;
            }
        }
        return false;
    }
}

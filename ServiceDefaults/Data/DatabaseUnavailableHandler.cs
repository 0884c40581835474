using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PromoMonth.ServiceDefaults.Data;

/// <summary>
/// A service whose database cannot be reached answers 503 with <c>Retry-After</c>, as problem details, instead of a
/// 500: the request did nothing (its transaction never committed) and the caller may retry it. Other services keep
/// working; the gateway passes the answer on.
/// </summary>
public sealed partial class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger)
    : ProblemExceptionHandler(problems)
{
    public const int RetryAfterSeconds = 5;

    protected override ProblemDetails? Describe(HttpContext httpContext, Exception exception)
    {
        if (!IsUnreachableDatabase(exception))
        {
            return null;
        }
        LogUnavailable(logger, httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service's database is unavailable.",
            Detail = $"Nothing was changed. Retry in {RetryAfterSeconds} seconds.",
        };
    }

    /// <summary>
    /// Connection failures (refused, reset, not accepting connections, no primary among a multi-host string's servers
    /// while a standby is promoted, a server that became a standby), not constraint or query errors.
    /// </summary>
    public static bool IsUnreachableDatabase(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when postgres.SqlState is PostgresErrorCodes.ObjectNotInPrerequisiteState
                    or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                    or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.ConnectionFailure
                    or PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection or PostgresErrorCodes.ReadOnlySqlTransaction:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case NpgsqlException { IsTransient: true } and not PostgresException:
                // Npgsql's own failure to find a server to open on ("No suitable host was found") carries no cause.
                case NpgsqlException { InnerException: null } and not PostgresException:
                    return true;
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unreachable while serving {Path}: {Reason}; answered 503")]
    private static partial void LogUnavailable(ILogger logger, PathString path, string reason);
}

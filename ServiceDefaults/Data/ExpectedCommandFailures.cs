using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PromoMonth.ServiceDefaults.Data;

/// <summary>
/// Logs a failed database command at the level its outcome deserves. EF logs every failed command and failed save as an
/// Error, so a unique key doing its job (the arbiter of a duplicate registration, a retried intake, a seeder racing a
/// replica: each answered 409 or its first result) painted every service red on the dashboard. Those are logged here at
/// Information; any other failure stays an Error, as do unhandled exceptions where the request or the job ends.
/// </summary>
internal sealed partial class ExpectedCommandFailures(ILogger<ExpectedCommandFailures> logger) : DbCommandInterceptor
{
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Log(eventData.Exception);

    public override Task CommandFailedAsync(
        DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Log(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Log(Exception exception)
    {
        if (exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            UniqueKeyRefused(unique.TableName, unique.ConstraintName);
        }
        else if (exception is not OperationCanceledException)
        {
            CommandFailedWith(exception is PostgresException postgres ? postgres.SqlState : exception.GetType().Name, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "A unique key refused a write ({Table}, {Constraint}): the caller gets the existing record's answer")]
    private partial void UniqueKeyRefused(string? table, string? constraint);

    [LoggerMessage(Level = LogLevel.Error, Message = "A database command failed ({SqlState}): {Reason}")]
    private partial void CommandFailedWith(string? sqlState, string reason);
}

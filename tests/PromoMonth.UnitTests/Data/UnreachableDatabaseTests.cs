using System.Net.Sockets;
using Npgsql;
using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.UnitTests.Data;

/// <summary>
/// Which database failures answer 503 (nothing changed, retry) rather than 500. While pg_auto_failover promotes the
/// standby, a multi-host string finds no primary and Npgsql says so without a cause: hotlines got 500s for 20 s.
/// </summary>
public sealed class UnreachableDatabaseTests
{
    [Fact]
    public void No_primary_among_the_hosts_is_an_unreachable_database() =>
        Assert.True(DatabaseUnavailableHandler.IsUnreachableDatabase(
            new InvalidOperationException("saving", new NpgsqlException("No suitable host was found."))));

    [Fact]
    public void A_server_that_became_a_standby_is_an_unreachable_primary() =>
        Assert.True(DatabaseUnavailableHandler.IsUnreachableDatabase(
            new PostgresException(
                "cannot execute INSERT in a read-only transaction", "ERROR", "ERROR", PostgresErrorCodes.ReadOnlySqlTransaction)));

    [Fact]
    public void A_refused_connection_is_an_unreachable_database() =>
        Assert.True(DatabaseUnavailableHandler.IsUnreachableDatabase(
            new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.SyntaxError)]
    [InlineData(PostgresErrorCodes.CheckViolation)]
    public void A_server_that_answered_with_an_error_is_not(string sqlState) =>
        Assert.False(DatabaseUnavailableHandler.IsUnreachableDatabase(new PostgresException("refused", "ERROR", "ERROR", sqlState)));

    [Fact]
    public void A_failure_that_is_not_the_databases_is_not() =>
        Assert.False(DatabaseUnavailableHandler.IsUnreachableDatabase(new InvalidOperationException("a bug")));
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace PromoMonth.FaultTests;

/// <summary>One service's database refuses connections: that service answers 503 with Retry-After, the others work on.</summary>
[Collection(SystemCollection.Name)]
public sealed class DatabaseOutageTests(SystemFixture system)
{
    [Fact]
    public async Task The_service_without_its_database_answers_503_with_Retry_After_and_the_others_keep_working()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var unit = await Tokens.ForAsync(system.Gateway, "unit-370000");
        var licencesBefore = await LicenceCountAsync(ministry);
        var database = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync("licensing-db")).Database!;

        await SetConnectionsAsync(database, allowed: false);
        var sent = 0;
        var unavailable = 0;
        var othersOk = 0;
        try
        {
            for (var i = 0; i < 20; i++)
            {
                sent++;
                using var read = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/licensing/licenses?probe={i}", ministry);
                using var write = await system.Gateway.SendAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
                    new { licenseeKind = "activity", licenseeId = Guid.NewGuid() });
                if (read.StatusCode == HttpStatusCode.ServiceUnavailable && read.Headers.RetryAfter is not null
                    && write.StatusCode == HttpStatusCode.ServiceUnavailable
                    && write.Content.Headers.ContentType?.MediaType == "application/problem+json")
                {
                    unavailable++;
                }
                using var registry = await system.Gateway.SendAsync(HttpMethod.Get, "/api/registry/campaigns", ministry);
                using var statistics = await system.Gateway.SendAsync(HttpMethod.Get, "/api/statistics/reporting-units", ministry);
                othersOk += registry.IsSuccessStatusCode && statistics.IsSuccessStatusCode ? 1 : 0;
            }
        }
        finally
        {
            await SetConnectionsAsync(database, allowed: true);
        }

        await Settled.HoldsAsync(
            async () =>
            {
                using var read = await system.Gateway.SendAsync(HttpMethod.Get, "/api/licensing/licenses?after-outage", ministry);
                return read.StatusCode;
            },
            status => status == HttpStatusCode.OK,
            "licensing to recover after its database came back");
        var licencesAfter = await LicenceCountAsync(ministry);
        var outcome = new FaultOutcome("licensing's database unreachable", sent, unavailable, othersOk, 0, licencesAfter - licencesBefore,
            "503 + Retry-After from licensing; registry and statistics answered; no licence half-written");
        FaultReport.Record(outcome);
        Assert.Equal(sent, unavailable);
        Assert.Equal(sent, othersOk);
        Assert.Equal(licencesBefore, licencesAfter);
    }

    private async Task<int> LicenceCountAsync(string ministry)
    {
        using var answer = await system.Gateway.SendAsync(
            HttpMethod.Get, $"/api/licensing/licenses?pageSize=1&count={Guid.NewGuid():N}", ministry);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
    }

    /// <summary>
    /// Closes (or opens) the database to new connections and ends the open ones, as a failed-over or unreachable server
    /// would.
    /// </summary>
    private async Task SetConnectionsAsync(string database, bool allowed)
    {
        var admin = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync("licensing-db"))
        {
            Database = "postgres",
            Pooling = false,
        };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        var allow = allowed ? "true" : "false";
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS {allow}", connection))
        {
            await alter.ExecuteNonQueryAsync();
        }
        if (!allowed)
        {
            await using var terminate = new NpgsqlCommand(
                """
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = @database AND pid <> pg_backend_pid()
                """,
                connection);
            terminate.Parameters.AddWithValue("database", database);
            await terminate.ExecuteScalarAsync();
        }
    }
}

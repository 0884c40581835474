using System.Net;
using Microsoft.Extensions.Logging;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Registry.RegistryRequests;

namespace PromoMonth.ServiceTests.Registry;

/// <summary>
/// What an operator sees in the logs: expected outcomes (the first migration of a new database, a unique key answering
/// a duplicate with 409) are not errors, so an error badge on the dashboard means a fault.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class OperatorLogTests(ServersFixture servers)
{
    [Fact]
    public async Task A_first_start_and_a_duplicate_registration_answered_409_log_no_error()
    {
        var service = await servers.ServiceAsync<RegistryDbContext>("registry-db");
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        var code = FreshCreditCode(Shanghai);
        await unit.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Enterprises, Enterprise(Shanghai, code));
        var before = service.Logs.Records.Count;

        // The same code under another name is not a retry: the unique key refuses it and the caller gets 409.
        await unit.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, Enterprises, Enterprise(Shanghai, code, name: "另一家企业"));

        var databaseErrors = service.Logs.Records
            .Where(r => r.Level >= LogLevel.Error && r.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .ToList();
        Assert.True(databaseErrors.Count == 0, $"EF logged errors since the service's first start: {string.Join("\n", databaseErrors)}");
        var duringDuplicate = service.Logs.Records.Skip(before).ToList();
        Assert.DoesNotContain(duringDuplicate, r => r.Level >= LogLevel.Error);
        Assert.Contains(duringDuplicate,
            r => r.Level == LogLevel.Information && r.Message.StartsWith("A unique key refused", StringComparison.Ordinal));
    }
}

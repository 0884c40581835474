using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace PromoMonth.EndToEndTests;

/// <summary>The public reads keep answering while Redis is stopped, and writes are unaffected.</summary>
[Collection(SystemCollection.Name)]
public sealed class FailSafeReadsTests(SystemFixture system)
{
    [Fact]
    public async Task Verification_and_the_catalog_answer_without_5xx_while_Redis_is_stopped()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-310000");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var (licenseId, number) = await LicensedActivityAsync(unit, ministry);
        using (var warm = await system.Gateway.GetAsync($"/api/verify/{number}"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var commands = system.App.Services.GetRequiredService<ResourceCommandService>();
        var stopped = await commands.ExecuteCommandAsync("redis", "resource-stop");
        Assert.True(stopped.Success, stopped.Message);
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await system.App.ResourceNotifications.WaitForResourceAsync(
                "redis", [KnownResourceStates.Exited, KnownResourceStates.Finished], deadline.Token);

            // Distinct query strings go past the gateway's own micro-cache, so the services answer each one.
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 20; i++)
            {
                using var verify = await system.Gateway.GetAsync($"/api/verify/{number}?probe={i}");
                using var catalog = await system.Gateway.GetAsync($"/api/catalog/releases/1/activities?pageSize=5&probe={i}");
                statuses.Add(verify.StatusCode);
                statuses.Add(catalog.StatusCode);
            }
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));

            // A write goes on: the ministry suspends the licence, and verification shows it.
            using var suspended = await system.Gateway.SendAsync(
                HttpMethod.Post, $"/api/licensing/licenses/{licenseId}/suspend", ministry, new { reason = "复核" });
            Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        }
        finally
        {
            var started = await commands.ExecuteCommandAsync("redis", "resource-start");
            Assert.True(started.Success, started.Message);
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync("redis", deadline.Token);
        }
    }

    private async Task<(string Id, string Number)> LicensedActivityAsync(string unit, string ministry)
    {
        using var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/activities", unit,
            Samples.OfflineActivity("310000", "310100", title: "故障演练活动"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/submit", unit)).Dispose();
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/approve", ministry)).Dispose();
        (await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { })).Dispose();
        var grant = await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
                new { licenseeKind = "activity", licenseeId = id }),
            answer => answer.Status == HttpStatusCode.Created,
            "licensing to grant the approved activity a license");
        var license = grant.Json;
        return (license.GetProperty("id").GetString()!, license.GetProperty("number").GetString()!);
    }
}

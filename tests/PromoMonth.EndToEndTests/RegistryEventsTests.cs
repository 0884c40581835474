using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using PromoMonth.Contracts;

namespace PromoMonth.EndToEndTests;

/// <summary>The registry's events leave through the outbox and reach the broker, as the other services receive them.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegistryEventsTests(SystemFixture system)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Registration_commitment_approval_postponement_cancellation_and_publication_each_publish_their_event_once()
    {
        var received = new ConcurrentQueue<object>();
        var broker = new Uri((await system.App.GetConnectionStringAsync("rabbitmq"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            // A temporary queue of the test's own, bound like a consuming service's.
            cfg.ReceiveEndpoint(endpoint =>
            {
                endpoint.Handler<EnterpriseRegistered>(c => Record(received, c.Message));
                endpoint.Handler<CommitmentSigned>(c => Record(received, c.Message));
                endpoint.Handler<ActivityApproved>(c => Record(received, c.Message));
                endpoint.Handler<ActivityPostponed>(c => Record(received, c.Message));
                endpoint.Handler<ActivityCancelled>(c => Record(received, c.Message));
                endpoint.Handler<CatalogReleasePublished>(c => Record(received, c.Message));
            });
        });
        await bus.StartAsync();
        try
        {
            var unit = await Tokens.ForAsync(system.Gateway, "unit-440300");
            var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
            var enterpriseId = Guid.Parse(
                await IdOfAsync(HttpMethod.Post, "/api/registry/enterprises", unit, Samples.Enterprise("440300", "深圳天虹商场")));
            await SendAsync(HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", unit, new
            {
                safety = true,
                integrity = true,
                selfDiscipline = true,
                signatory = "王伟",
                signatoryTitle = "总经理",
                signedOn = "2020-09-01",
            });
            var start = new DateTimeOffset(2020, 9, 26, 10, 0, 0, Beijing);
            var moved = Guid.Parse(await ApprovedAsync(unit, ministry, start, [enterpriseId.ToString()]));
            var dropped = Guid.Parse(await ApprovedAsync(unit, ministry, start, []));
            // Both are in a release before they move, so the next release reports them as changed and cancelled.
            await SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });
            await SendAsync(HttpMethod.Post, $"/api/registry/activities/{moved}/postpone", unit,
                new { startsAt = start.AddDays(3), endsAt = start.AddDays(3).AddHours(4), reason = "改期" });
            await SendAsync(HttpMethod.Post, $"/api/registry/activities/{dropped}/cancel", unit, new { reason = "取消" });
            using var release = await SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });
            var version = (await release.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

            (string Event, bool Arrived)[] Expected() =>
            [
                (nameof(EnterpriseRegistered), received.OfType<EnterpriseRegistered>().Any(e => e.EnterpriseId == enterpriseId)),
                (nameof(CommitmentSigned), received.OfType<CommitmentSigned>().Any(e => e.EnterpriseId == enterpriseId)),
                (nameof(ActivityApproved),
                    received.OfType<ActivityApproved>().Count(e => e.ActivityId == moved || e.ActivityId == dropped) == 2),
                (nameof(ActivityPostponed), received.OfType<ActivityPostponed>().Any(e => e.ActivityId == moved)),
                (nameof(ActivityCancelled), received.OfType<ActivityCancelled>().Any(e => e.ActivityId == dropped)),
                (nameof(CatalogReleasePublished), received.OfType<CatalogReleasePublished>().Any(e => e.Version == version)),
            ];
            await Eventually.HoldsAsync(
                () => Task.FromResult(string.Join(", ", Expected().Where(e => !e.Arrived).Select(e => e.Event))),
                missing => missing.Length == 0,
                "every event of the registry story to arrive (observed: those still missing)");

            var approved = received.OfType<ActivityApproved>().Single(e => e.ActivityId == moved);
            Assert.Equal([enterpriseId], approved.ParticipatingEnterpriseIds);
            Assert.Equal("440300", approved.RegionCode);
            var postponed = received.OfType<ActivityPostponed>().Single(e => e.ActivityId == moved);
            Assert.Equal(start, postponed.PreviousStartsAt);
            Assert.Equal(start.AddDays(3), postponed.StartsAt);
            var published = received.OfType<CatalogReleasePublished>().Single(e => e.Version == version);
            Assert.True(published.ActivitiesByRegion["440300"] >= 1);
            Assert.True(published.Cancelled >= 1);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static Task Record(ConcurrentQueue<object> received, object message)
    {
        received.Enqueue(message);
        return Task.CompletedTask;
    }

    private async Task<string> ApprovedAsync(string unit, string ministry, DateTimeOffset start, string[] enterpriseIds)
    {
        var id = await IdOfAsync(HttpMethod.Post, "/api/registry/activities", unit,
            Samples.OfflineActivity("440300", "440300", enterpriseIds, "深圳购物节", start));
        await SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/submit", unit);
        await SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/approve", ministry);
        return id;
    }

    private async Task<string> IdOfAsync(HttpMethod method, string path, string token, object body) =>
        (await (await SendAsync(method, path, token, body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        var response = await system.Gateway.SendAsync(method, path, token, body);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created,
            $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}

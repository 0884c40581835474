using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests.Webhooks;

/// <summary>
/// Partners hear of changes through the gateway's webhooks: signed as Standard Webhooks has it (checked with the
/// specification's own npm package), retried with the same webhook-id, and one slow partner never holds up another.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WebhooksTests(SystemFixture system) : IAsyncLifetime
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task The_broadcaster_following_an_activity_gets_its_postponement_once_signed_so_the_standard_library_verifies_it()
    {
        var broadcaster = await Tokens.ForAsync(system.Gateway, "broadcaster");
        var unit = await Tokens.ForAsync(system.Gateway, "unit-440300");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var url = _receiver.Endpoint(ReceiverBehaviour.Accept);
        var subscription = await SubscribeAsync(broadcaster, url, "activity.postponed");
        var start = new DateTimeOffset(2020, 9, 26, 10, 0, 0, Beijing);
        var activity = await IdOfAsync(HttpMethod.Post, "/api/registry/activities", unit,
            Samples.OfflineActivity("440300", "440300", [], "深圳购物节", start));
        await SucceedsAsync(HttpMethod.Post, $"/api/registry/activities/{activity}/submit", unit);
        await SucceedsAsync(HttpMethod.Post, $"/api/registry/activities/{activity}/approve", ministry);
        await SucceedsAsync(HttpMethod.Post, $"/api/registry/activities/{activity}/follow", broadcaster);

        await SucceedsAsync(HttpMethod.Post, $"/api/registry/activities/{activity}/postpone", unit,
            new { startsAt = start.AddDays(3), endsAt = start.AddDays(3).AddHours(4), reason = "台风改期" });

        var delivered = await DeliveriesAsync(broadcaster, subscription.Id, "delivered", list => list.Count == 1);
        var received = Assert.Single(_receiver.On(url));
        Assert.Equal(delivered[0].GetProperty("webhookId").GetString(), received.Id);
        Assert.Equal(1, delivered[0].GetProperty("attempts").GetInt32());
        var payload = await VerifiedAsync(subscription.Secret, received);
        Assert.Equal("activity.postponed", payload.GetProperty("type").GetString());
        Assert.Equal(activity, payload.GetProperty("data").GetProperty("activityId").GetString());
        Assert.Equal("台风改期", payload.GetProperty("data").GetProperty("reason").GetString());
        // A tampered body fails the same library: the signature covers it.
        var tampered = received with
        {
            Body = received.Body.Replace("\"activity.postponed\"", "\"activity.cancelled\"", StringComparison.Ordinal),
        };
        Assert.NotEqual(received.Body, tampered.Body);
        var refused = await VerifyAsync(subscription.Secret, tampered);
        Assert.NotEqual(0, refused.ExitCode);
    }

    [Fact]
    public async Task A_receiver_that_answers_500_twice_gets_the_same_webhook_id_three_times_and_the_event_once_in_effect()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var url = _receiver.Endpoint(ReceiverBehaviour.FailTwice);
        var subscription = await SubscribeAsync(ministry, url, "catalog.release_published");

        var version = (await AnswerOfAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { }))
            .GetProperty("version").GetInt32();

        bool OfOurRelease(ReceivedWebhook r) =>
            JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("version").GetInt32() == version;
        var attempts = await Eventually.HoldsAsync(
            () => Task.FromResult(_receiver.On(url).Where(OfOurRelease).ToList()),
            list => list.Count(r => r.Answered == 204) == 1,
            "the release's delivery to be accepted after two 500s");
        Assert.Equal([500, 500, 204], attempts.Select(a => a.Answered));
        Assert.Single(attempts.Select(a => a.Id).Distinct());
        Assert.Single(attempts.Select(a => a.Body).Distinct());
        foreach (var attempt in attempts)
        {
            await VerifiedAsync(subscription.Secret, attempt);
        }
        var delivery = (await DeliveriesAsync(ministry, subscription.Id, "delivered",
            list => list.Any(d => d.GetProperty("webhookId").GetString() == attempts[0].Id)))
            .Single(d => d.GetProperty("webhookId").GetString() == attempts[0].Id);
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(204, delivery.GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task A_subscriber_whose_endpoint_hangs_does_not_delay_another_subscribers_delivery()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var slowPartner = await Tokens.ForAsync(system.Gateway, "unit-310000");
        var otherPartner = await Tokens.ForAsync(system.Gateway, "unit-320000");
        var hanging = _receiver.Endpoint(ReceiverBehaviour.Hang);
        var prompt = _receiver.Endpoint(ReceiverBehaviour.Accept);
        await SubscribeAsync(slowPartner, hanging, "catalog.release_published");
        await SubscribeAsync(otherPartner, prompt, "catalog.release_published");
        // Six releases fill the slow partner's attempt slots with requests its endpoint never answers.
        for (var i = 0; i < 6; i++)
        {
            await AnswerOfAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });
        }
        await Eventually.HoldsAsync(() => Task.FromResult(_receiver.OpenOn(hanging)), open => open >= 1,
            "the slow partner's endpoint to hold requests open");

        var clock = Stopwatch.StartNew();
        var version = (await AnswerOfAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { }))
            .GetProperty("version").GetInt32();
        await Eventually.HoldsAsync(
            () => Task.FromResult(_receiver.On(prompt).Any(r =>
                JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("version").GetInt32() == version)),
            arrived => arrived,
            "the other partner's delivery of the last release");
        var latency = clock.Elapsed;
        var stillOpen = _receiver.OpenOn(hanging);

        // The other partner got the release while the slow one's requests were still open: it did not wait for them.
        Assert.True(stillOpen >= 1,
            $"the slow partner's requests had all ended before the other's delivery ({latency.TotalSeconds:0.0} s)");
        Console.WriteLine(
            $"webhooks: the other partner's delivery took {latency.TotalMilliseconds:0} ms with {stillOpen} requests hanging");
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://192.168.1.20/hooks")]
    [InlineData("https://[::ffff:172.16.0.1]/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("http://news.example.cn/hooks")]
    public async Task A_private_link_local_or_plain_http_url_is_refused_with_a_422_naming_url(string url)
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");

        var answer = await system.Gateway.AnswerAsync(HttpMethod.Post, "/api/webhooks/subscriptions", ministry,
            new { url, eventTypes = new[] { "catalog.release_published" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.True(JsonDocument.Parse(answer.Body).RootElement.GetProperty("errors").TryGetProperty("url", out _), answer.Body);
    }

    [Fact]
    public async Task A_partner_subscribes_only_to_what_it_may_read()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var unit = await Tokens.ForAsync(system.Gateway, "unit-310000");

        var licences = await system.Gateway.AnswerAsync(HttpMethod.Post, "/api/webhooks/subscriptions", hotline,
            new { url = _receiver.Endpoint(ReceiverBehaviour.Accept), eventTypes = new[] { "license.granted" } });
        var otherRegion = await system.Gateway.AnswerAsync(HttpMethod.Post, "/api/webhooks/subscriptions", unit,
            new { url = _receiver.Endpoint(ReceiverBehaviour.Accept), eventTypes = new[] { "case.received" }, region = "110000" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, licences.Status);
        Assert.Contains("license.granted", JsonDocument.Parse(licences.Body).RootElement.GetProperty("errors").GetProperty("eventTypes")[0]
            .GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherRegion.Status);
    }

    [Fact]
    public async Task A_registration_retried_after_a_timeout_finds_the_first_and_another_partner_cannot_see_it()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-310000");
        var other = await Tokens.ForAsync(system.Gateway, "unit-320000");
        var url = _receiver.Endpoint(ReceiverBehaviour.Accept);
        var first = await SubscribeAsync(unit, url, "case.received");

        var again = await system.Gateway.AnswerAsync(HttpMethod.Post, "/api/webhooks/subscriptions", unit,
            new { url, eventTypes = new[] { "case.received" } });
        var seenByOther = await system.Gateway.AnswerAsync(HttpMethod.Get, $"/api/webhooks/subscriptions/{first.Id}", other);
        var seenByOwner = await system.Gateway.AnswerAsync(HttpMethod.Get, $"/api/webhooks/subscriptions/{first.Id}", unit);

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(first.Id, JsonDocument.Parse(again.Body).RootElement.GetProperty("subscriptionId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, seenByOther.Status);
        Assert.Equal(HttpStatusCode.OK, seenByOwner.Status);
        var shown = JsonDocument.Parse(seenByOwner.Body).RootElement;
        Assert.False(shown.TryGetProperty("secret", out var secret) && secret.ValueKind != JsonValueKind.Null, "the secret is shown once");
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("region").ValueKind);
    }

    private sealed record Subscribed(string Id, string Secret);

    private async Task<Subscribed> SubscribeAsync(string token, string url, params string[] eventTypes)
    {
        var created = await AnswerOfAsync(HttpMethod.Post, "/api/webhooks/subscriptions", token, new { url, eventTypes });
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        return new Subscribed(created.GetProperty("id").GetString()!, secret);
    }

    private async Task<List<JsonElement>> DeliveriesAsync(
        string token, string subscriptionId, string status, Func<List<JsonElement>, bool> condition) =>
        await Eventually.HoldsAsync(
            async () =>
            {
                var page = await AnswerOfAsync(HttpMethod.Get,
                    $"/api/webhooks/subscriptions/{subscriptionId}/deliveries?status={status}", token);
                return page.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
            },
            condition,
            $"the subscription's {status} deliveries");

    private static async Task<JsonElement> VerifiedAsync(string secret, ReceivedWebhook received)
    {
        var verified = await VerifyAsync(secret, received);
        Assert.True(verified.ExitCode == 0, $"standardwebhooks refused the delivery: {verified.Error}");
        return JsonDocument.Parse(verified.Output).RootElement.Clone();
    }

    /// <summary>The standardwebhooks npm package (tests/webhooks, installed by the setup script) verifies the delivery.</summary>
    private static async Task<ProcessOutput> VerifyAsync(string secret, ReceivedWebhook received)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
            {
                secret,
                body = received.Body,
                headers = new Dictionary<string, string>
                {
                    ["webhook-id"] = received.Id,
                    ["webhook-timestamp"] = received.Timestamp,
                    ["webhook-signature"] = received.Signature,
                },
            }));
            return await ProcessRunner.RunAsync(
                "node", Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "webhooks"), ["verify.mjs", file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<string> IdOfAsync(HttpMethod method, string path, string token, object body) =>
        (await AnswerOfAsync(method, path, token, body)).GetProperty("id").GetString()!;

    private async Task SucceedsAsync(HttpMethod method, string path, string token, object? body = null) =>
        await AnswerOfAsync(method, path, token, body);

    private async Task<JsonElement> AnswerOfAsync(HttpMethod method, string path, string token, object? body = null)
    {
        var answer = await system.Gateway.AnswerAsync(method, path, token, body);
        Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created,
            $"{method} {path}: {(int)answer.Status} {answer.Body}");
        return answer.Body.Length == 0 ? default : JsonDocument.Parse(answer.Body).RootElement.Clone();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using StackExchange.Redis;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// The public edge through the gateway: nothing answers for a licence that was never granted, strings of the wrong
/// shape are refused before any cache, negative answers are cached for seconds, anonymous reads stay cached and
/// untraced whatever Authorization header they carry, and JSON-LD identifiers do not follow a forged Host.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PublicEdgeTests(SystemFixture system)
{
    private const string NeverGranted = "CPM2020-310000-99998";

    [Fact]
    public async Task No_benchmark_route_is_public_and_nothing_public_answers_valid_for_a_never_granted_number()
    {
        foreach (var path in new[] { $"/api/verify/_constant/{NeverGranted}", $"/_benchmark/constant/{NeverGranted}" })
        {
            using var answer = await system.Gateway.GetAsync(path);
            Assert.True(answer.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)answer.StatusCode} through the gateway");
        }
        // Without the benchmark's switch the licensing service has no such route even for callers inside the host
        // (it answers as for any unknown path: its fallback policy's 401).
        using (var licensing = system.App.CreateHttpClient("licensing"))
        using (var direct = await licensing.GetAsync($"/_benchmark/constant/{NeverGranted}"))
        {
            Assert.False(direct.IsSuccessStatusCode, $"the licensing service answered {(int)direct.StatusCode}");
            Assert.DoesNotContain("\"valid\":true", await direct.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        string[] publicReads =
        [
            $"/api/verify/{NeverGranted}", $"/verify/{NeverGranted}", $"/api/verify/{NeverGranted}?valid=true",
            $"/api/verify/_constant/{NeverGranted}", $"/_benchmark/constant/{NeverGranted}", $"/api/verify/constant/{NeverGranted}",
        ];
        foreach (var path in publicReads)
        {
            using var answer = await system.Gateway.GetAsync(path);
            var body = await answer.Content.ReadAsStringAsync();
            Assert.False(answer.IsSuccessStatusCode, $"{path} answered {(int)answer.StatusCode}: {body}");
            Assert.DoesNotContain("\"valid\":true", body, StringComparison.Ordinal);
            Assert.DoesNotContain("有效授权", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_string_that_cannot_be_a_licence_number_is_refused_before_any_cache_and_unknown_numbers_live_seconds()
    {
        var nonce = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] malformed =
        [
            $"/api/verify/x{nonce}", $"/api/verify/x{nonce}/qr.png", $"/api/verify/x{nonce}/qr.svg", $"/verify/x{nonce}",
            "/verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/api/verify/CPM2020-310000-1",
        ];
        foreach (var path in malformed)
        {
            using var refused = await system.Gateway.GetAsync(path);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{path} answered {(int)refused.StatusCode}: {body}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("licenseNo", out _), body);
            Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        }
        using var unknownCampaign = await system.Gateway.GetAsync($"/api/catalog/activities?campaign=c{nonce}");
        Assert.Equal(HttpStatusCode.NotFound, unknownCampaign.StatusCode);

        // A well-formed number that was never granted is still 404, and Redis keeps that answer for seconds only.
        var unknown = $"CPM2020-310000-{nonce}";
        using (var notFound = await system.Gateway.GetAsync($"/api/verify/{unknown}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        }
        var redisAddress = await system.App.GetConnectionStringAsync("redis");
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"{redisAddress},allowAdmin=true");
        var server = redis.GetServers().Single();
        var negative = await Eventually.FoundAsync<RedisKey>(
            async () =>
            {
                RedisKey? found = null;
                await foreach (var key in server.KeysAsync(pattern: $"*{unknown}*"))
                {
                    found = key;
                }
                return found;
            },
            $"Redis to hold the 404 of {unknown}");
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(negative);
        Assert.True(ttl is { } left && left <= TimeSpan.FromSeconds(10), $"the unknown number is kept {ttl} in Redis");
        // Written after the refused strings, so their (absent) writes would have landed by now.
        await foreach (var key in server.KeysAsync(pattern: $"*{nonce}*"))
        {
            Assert.Contains(unknown, key.ToString(), StringComparison.Ordinal);
        }

        // Redis is bounded, and evicts only keys with a time to live, least recently used first.
        Assert.NotEqual("0", (await server.ConfigGetAsync("maxmemory")).Single().Value);
        Assert.Equal("volatile-lru", (await server.ConfigGetAsync("maxmemory-policy")).Single().Value);
    }

    [Fact]
    public async Task A_junk_Authorization_header_on_an_anonymous_read_is_served_from_the_micro_cache()
    {
        var path = $"/api/verify/mark?probe={Guid.NewGuid():N}";
        using (var first = await system.Gateway.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }
        using var junk = new HttpRequestMessage(HttpMethod.Get, path);
        junk.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "junk");
        using var second = await system.Gateway.SendAsync(junk);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // The output cache marks an answer it served itself with an Age header.
        Assert.True(second.Headers.Age is not null, "the request with a junk Authorization header went past the gateway's micro-cache");
    }

    [Fact]
    public async Task JSON_LD_identifiers_are_built_on_the_configured_public_address_not_on_a_forged_Host()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using var published = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var version = JsonDocument.Parse(await published.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32();

        using var forged = new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/releases/{version}/activities.jsonld?pageSize=3");
        forged.Headers.Host = "attacker.example";
        using var answer = await system.Gateway.SendAsync(forged);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        var publicBase = system.Gateway.BaseAddress!.GetLeftPart(UriPartial.Authority);
        var document = JsonDocument.Parse(body).RootElement;
        Assert.StartsWith($"{publicBase}/api/catalog/", document.GetProperty("@id").GetString(), StringComparison.Ordinal);
        foreach (var activity in document.GetProperty("subEvent").EnumerateArray())
        {
            Assert.StartsWith($"{publicBase}/api/catalog/activities/", activity.GetProperty("@id").GetString(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
    }
}

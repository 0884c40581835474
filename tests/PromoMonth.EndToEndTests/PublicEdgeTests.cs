using System.Net;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>The public edge through the gateway: nothing answers for a licence that was never granted.</summary>
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
        // Without the benchmark's switch the licensing service has no such route even for callers inside the host.
        using (var licensing = system.App.CreateHttpClient("licensing"))
        using (var direct = await licensing.GetAsync($"/_benchmark/constant/{NeverGranted}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
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
}

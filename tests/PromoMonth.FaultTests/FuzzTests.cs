using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace PromoMonth.FaultTests;

/// <summary>
/// Every operation of every service's OpenAPI document, driven through the gateway by four kinds of caller (anonymous,
/// a region-bound unit, the ministry, a hotline) with the boundary values of each parameter's type in its path, query,
/// headers and body (JSON, form-encoded, multipart, CSV, raw uploads), all at once and (as the ministry) one parameter
/// at a time, and with malformed bodies. No answer may be a 5xx, and every rejection must be problem details. The
/// totals per status class and the distinct values tried per type are printed and written for <c>./faults.sh</c>.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class FuzzTests(SystemFixture system, ITestOutputHelper output)
{
    private static readonly string[] Services = ["registry", "licensing", "statistics", "complaints", "webhooks", "identity"];

    /// <summary>The ministry first: it passes every scope check, so its requests reach the deepest code.</summary>
    private static readonly string?[] Callers = ["ministry", null, "unit-310000", "hotline-12315"];

    [Fact]
    public async Task No_boundary_or_hostile_value_gets_a_5xx_and_every_rejection_is_problem_details()
    {
        var tokens = new CallerTokens(system.Gateway);
        var tally = new FuzzTally();
        var failures = new List<string>();
        foreach (var service in Services)
        {
            using var direct = system.App.CreateHttpClient(service);
            var document = JsonNode.Parse(await direct.GetStringAsync("/openapi/v1.json"))!;
            var schemas = new FuzzSchemas(document, tally);
            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch"))
                {
                    var name = $"{method.ToUpperInvariant()} {path}";
                    var requests = new FuzzRequests(schemas, path, method, operation!);
                    for (var round = 0; round < requests.Rounds; round++)
                    {
                        foreach (var caller in CallersOf(round))
                        {
                            var current = round;
                            await SendAsync(tokens, tally, failures, name, caller, () => requests.Build(current), path);
                        }
                    }
                    foreach (var (parameter, round) in requests.OneAtATime())
                    {
                        await SendAsync(tokens, tally, failures, name, Callers[0], () => requests.Build(round, parameter), path);
                    }
                    foreach (var malformed in requests.Malformed().ToList())
                    {
                        var body = await malformed.Content!.ReadAsStringAsync();
                        var type = malformed.Content.Headers.ContentType!.MediaType!;
                        await SendAsync(tokens, tally, failures, name, Callers[0], () => Copy(malformed, body, type), path);
                        malformed.Dispose();
                    }
                }
            }
        }

        output.WriteLine($"fuzzing: {tally.Summary()}");
        var scenario = $"fuzzing: {tally.Operations.Count} operations of {Services.Length} services, {Callers.Length} kinds of caller";
        FaultReport.Record(new FaultOutcome(scenario,
            tally.Operations.Values.Sum(c => c.Sum()), tally.Total(200) + tally.Total(300), tally.Total(400), 0, tally.Total(500),
            "acknowledged = 2xx/3xx, present = 4xx (problem details), lost = 5xx; "
            + $"distinct values per type: {string.Join(", ", tally.DistinctValuesPerType.Select(t => $"{t.Key} {t.Value}"))}"));
        FuzzReport.Record(tally);
        Assert.True(failures.Count == 0, $"{failures.Count} failures, the first 40:\n{string.Join('\n', failures.Take(40))}");
    }

    /// <summary>Every caller each round at full size; at small size the ministry and one other caller in turn.</summary>
    private static string?[] CallersOf(int round) =>
        FaultScale.FuzzCallersPerRound >= Callers.Length ? Callers : [Callers[0], Callers[1 + round % (Callers.Length - 1)]];

    private async Task SendAsync(
        CallerTokens tokens, FuzzTally tally, List<string> failures, string name, string? caller, Func<HttpRequestMessage> build,
        string path)
    {
        var token = caller is null ? null : await tokens.ForAsync(caller);
        for (var attempt = 0; ; attempt++)
        {
            using var request = build();
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            HttpResponseMessage answer;
            try
            {
                answer = await system.Gateway.SendAsync(request);
            }
            catch (HttpRequestException closed) when (closed.InnerException is IOException)
            {
                // A server may answer and close while a busy client still sends the body: that race gets one retry
                // on a fresh connection; a server that drops the request every time is a failure.
                if (attempt == 0)
                {
                    continue;
                }
                failures.Add($"connection closed: {request.Method} {Shorten(request.RequestUri!.ToString())}: {closed.Message}");
                return;
            }
            using var _ = answer;
            var status = (int)answer.StatusCode;
            // The gateway's rate limit protects partners from each other; the fuzzer waits its turn rather than count it.
            if (answer.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3)
            {
                tally.Throttled++;
                var asked = answer.Headers.RetryAfter?.Delta;
                var wait = asked is { } delta && delta < TimeSpan.FromSeconds(5) ? delta : TimeSpan.FromSeconds(1);
                await Task.Delay(wait);
                continue;
            }
            tally.Answered(name, caller ?? "anonymous", status);
            var sent = $"{request.Method} {Shorten(request.RequestUri!.ToString())} as {caller ?? "anonymous"}";
            if (status >= 500)
            {
                failures.Add($"{status} {sent}: {Shorten(await answer.Content.ReadAsStringAsync())}");
            }
            else if (status >= 400 && !IsProblemDetails(answer, path) && !IsRefusedTarget(answer, request))
            {
                failures.Add($"{status} without problem details: {sent}");
            }
            return;
        }
    }

    private static HttpRequestMessage Copy(HttpRequestMessage original, string body, string type) =>
        new(original.Method, original.RequestUri) { Content = new StringContent(body, System.Text.Encoding.UTF8, type) };

    /// <summary>
    /// Problem details, or one of the two answers that cannot be: an HTML page's own not-found page (the public
    /// verification page answers browsers in HTML), and Kestrel's protocol-level refusals of an oversized request line
    /// or headers (414, 431), sent before any application code runs.
    /// Open311 GeoReport v2 answers errors in the format its specification fixes (a JSON list of code and description).
    /// </summary>
    private static bool IsProblemDetails(HttpResponseMessage answer, string path) =>
        answer.Content.Headers.ContentType?.MediaType is "application/problem+json" or "text/html"
        || (path.StartsWith("/open311/", StringComparison.Ordinal) && answer.Content.Headers.ContentType?.MediaType == "application/json")
        || answer.StatusCode is HttpStatusCode.RequestUriTooLong or HttpStatusCode.RequestHeaderFieldsTooLarge;

    /// <summary>Kestrel's own refusal of a request target with a NUL (<c>%00</c>) in its path, before any application code.</summary>
    private static bool IsRefusedTarget(HttpResponseMessage answer, HttpRequestMessage request) =>
        answer.StatusCode == HttpStatusCode.BadRequest && answer.Content.Headers.ContentLength == 0
        && request.RequestUri!.AbsolutePath.Contains("%00", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>One token per caller, fetched again before it expires (a full-size run outlasts a token).</summary>
    private sealed class CallerTokens(HttpClient gateway)
    {
        private readonly Dictionary<string, (string Token, DateTime At)> tokens = [];

        public async Task<string> ForAsync(string clientId)
        {
            if (!tokens.TryGetValue(clientId, out var held) || DateTime.UtcNow - held.At > TimeSpan.FromMinutes(4))
            {
                tokens[clientId] = held = (await Tokens.ForAsync(gateway, clientId), DateTime.UtcNow);
            }
            return held.Token;
        }
    }
}

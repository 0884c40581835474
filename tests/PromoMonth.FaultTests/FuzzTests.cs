using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PromoMonth.FaultTests;

/// <summary>
/// Every operation of every service's OpenAPI document, driven through the gateway with the most privileged token and
/// with bad input: malformed JSON, wrong types, missing and extra fields, huge strings, control characters, emoji and
/// mixed scripts, negative and enormous numbers, SQL and script injection, path traversal in ids, wrong content types.
/// No answer may be a 5xx, and every rejection must be problem details.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class FuzzTests(SystemFixture system)
{
    private static readonly string[] Services = ["registry", "licensing", "statistics", "complaints", "identity"];

    private static readonly string[] HostileStrings =
    [
        "'; DROP TABLE cases; --", "\" OR \"1\"=\"1", "<script>alert(1)</script>", "../../../../etc/passwd", "%00%0d%0a",
        "控制字符\u0000\u0007\u001b 😀𠜎 Ωμέγα عربى", new string('长', 100_000), "", " ",
    ];

    private static readonly JsonNode?[] HostileValues = [-1, long.MaxValue, 1e308, -0.000001, true, JsonValue.Create("not-a-date"), new JsonArray(), new JsonObject(), null];

    private static readonly string[] HostileIds = ["..%2F..%2F..%2Fetc%2Fpasswd", "'%20OR%201=1--", "%3Cscript%3E", new string('9', 5000), "00000000-0000-0000-0000-000000000000", "%F0%9F%98%80"];

    [Fact]
    public async Task No_bad_input_gets_a_5xx_and_every_rejection_is_problem_details()
    {
        var token = await Tokens.ForAsync(system.Gateway, "ministry");
        var random = new Random(2020);
        var tally = new Dictionary<string, int[]>(); // operation → [2xx, 4xx, 5xx]
        var failures = new List<string>();
        var sent = 0;
        foreach (var service in Services)
        {
            using var direct = system.App.CreateHttpClient(service);
            var document = JsonNode.Parse(await direct.GetStringAsync("/openapi/v1.json"))!;
            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch"))
                {
                    var name = $"{method.ToUpperInvariant()} {path}";
                    var counts = tally[name] = new int[3];
                    foreach (var request in Requests(method, path, operation!, random).Take(FaultScale.FuzzCasesPerOperation))
                    {
                        sent++;
                        using (request)
                        {
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                            using var answer = await system.Gateway.SendAsync(request);
                            var status = (int)answer.StatusCode;
                            counts[status >= 500 ? 2 : status >= 400 ? 1 : 0]++;
                            if (status >= 500)
                            {
                                failures.Add($"{status} {request.Method} {Shorten(request.RequestUri!.ToString())}: {Shorten(await answer.Content.ReadAsStringAsync())}");
                            }
                            else if (status >= 400 && !IsProblemDetails(answer, path))
                            {
                                failures.Add($"{status} without problem details: {request.Method} {Shorten(request.RequestUri!.ToString())}");
                            }
                        }
                    }
                }
            }
        }

        var fiveHundreds = tally.Values.Sum(c => c[2]);
        FaultReport.Record(new FaultOutcome($"fuzzing: {tally.Count} operations of {Services.Length} services", sent, tally.Values.Sum(c => c[0]),
            tally.Values.Sum(c => c[1]), 0, fiveHundreds, "acknowledged = 2xx, present = 4xx (problem details), lost = 5xx"));
        FuzzReport.Record(tally);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)));
    }

    private static IEnumerable<HttpRequestMessage> Requests(string method, string path, JsonNode operation, Random random)
    {
        var verb = new HttpMethod(method.ToUpperInvariant());
        var hasBody = operation["requestBody"] is not null;
        var parameters = path.Count(c => c == '{');
        var queryNames = (operation["parameters"]?.AsArray() ?? []).Where(p => p?["in"]?.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()).ToList();

        // Hostile ids in every path parameter, then hostile query values.
        foreach (var id in HostileIds.Take(parameters > 0 ? HostileIds.Length : 0))
        {
            yield return Json(verb, Fill(path, id), hasBody ? "{}" : null);
        }
        foreach (var value in HostileStrings.Take(queryNames.Count > 0 ? 3 : 0))
        {
            var query = string.Join('&', queryNames.Select(q => $"{q}={Uri.EscapeDataString(value.Length > 2000 ? value[..2000] : value)}"));
            yield return Json(verb, $"{Fill(path, "310000")}?{query}", hasBody ? "{}" : null);
        }
        if (!hasBody)
        {
            yield break;
        }
        var target = Fill(path, "310000");
        yield return Json(verb, target, "{}");
        yield return Json(verb, target, "{\"unterminated\": ");
        yield return Json(verb, target, "[1, 2, 3]");
        yield return Json(verb, target, "\"a string\"");
        yield return Json(verb, target, "{\"unexpected\": {\"deeply\": {\"nested\": [1, {\"x\": null}]}}}");
        yield return new HttpRequestMessage(verb, target) { Content = new StringContent("plain text, not JSON", Encoding.UTF8, "text/plain") };
        var properties = operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema ? PropertyNames(schema) : [];
        foreach (var hostile in HostileStrings)
        {
            yield return Json(verb, target, new JsonObject(properties.Select(p => KeyValuePair.Create(p, (JsonNode?)JsonValue.Create(hostile)))).ToJsonString());
        }
        foreach (var hostile in HostileValues)
        {
            yield return Json(verb, target, new JsonObject(properties.Select(p => KeyValuePair.Create(p, hostile?.DeepClone()))).ToJsonString());
        }
        for (var i = 0; i < 3; i++)
        {
            var mixed = new JsonObject(properties.Select(p => KeyValuePair.Create(p, random.Next(2) == 0
                ? (JsonNode?)JsonValue.Create(HostileStrings[random.Next(HostileStrings.Length)])
                : HostileValues[random.Next(HostileValues.Length)]?.DeepClone())));
            yield return Json(verb, target, mixed.ToJsonString());
        }
    }

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

    private static string[] PropertyNames(JsonNode schema) =>
        schema["properties"]?.AsObject().Select(p => p.Key).ToArray() ?? ["name", "code", "value"];

    private static string Fill(string path, string value) =>
        System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", value);

    private static HttpRequestMessage Json(HttpMethod verb, string target, string? body) =>
        new(verb, target) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

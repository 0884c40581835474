using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PromoMonth.FaultTests;

/// <summary>
/// The requests of one OpenAPI operation for one round: every path, query and header parameter and every body field
/// (JSON, form-encoded, multipart, CSV) holds the round's boundary value of its own type; raw uploads get hostile bytes.
/// </summary>
internal sealed partial class FuzzRequests(FuzzSchemas schemas, string path, string method, JsonNode operation)
{
    private const int LongestInUrl = 4000;

    private readonly JsonNode[] parameters =
        [.. (operation["parameters"]?.AsArray() ?? []).Where(p => p is not null).Select(p => schemas.Resolve(p))];

    private string[] ContentTypes => [.. operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key) ?? []];

    /// <summary>Enough rounds that every parameter and field gets each value of its type once.</summary>
    public int Rounds =>
        Math.Max(1, parameters.Select(p => schemas.Rounds(p["schema"])).Concat(ContentTypes.Select(BodyRounds)).DefaultIfEmpty(1).Max());

    /// <summary>Each path, query and header parameter alone through every value of its type, the others left out (or first).</summary>
    public IEnumerable<(JsonNode Parameter, int Round)> OneAtATime() =>
        parameters.Where(p => In(p, "path") || In(p, "query") || In(p, "header"))
            .SelectMany(p => Enumerable.Range(0, schemas.Rounds(p["schema"])).Select(round => (p, round)));

    /// <summary>The round's request; with <paramref name="only"/>, that parameter alone takes the round's value.</summary>
    public HttpRequestMessage Build(int round, JsonNode? only = null)
    {
        int RoundOf(JsonNode? parameter) => only is null || parameter == only ? round : 0;
        var target = Regex.Replace(path, "{([^}:]+)[^}]*}", m =>
        {
            var parameter = Parameter(m.Groups[1].Value, "path");
            return Escape(schemas.Scalar(parameter?["schema"], RoundOf(parameter)).Text);
        });
        var query = string.Join('&', parameters.Where(p => In(p, "query") && (only is null || p == only))
            .Select(p => $"{Uri.EscapeDataString(Name(p))}={Escape(schemas.Scalar(p["schema"], round).Text)}"));
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), query.Length > 0 ? $"{target}?{query}" : target);
        foreach (var header in parameters.Where(p => In(p, "header") && (only is null || p == only)))
        {
            var value = schemas.Scalar(header["schema"], round).Text;
            // A header carries printable ASCII only; anything else never leaves the client.
            var printable = value.All(c => c is >= ' ' and <= '~');
            request.Headers.TryAddWithoutValidation(Name(header), printable ? value[..Math.Min(value.Length, LongestInUrl)] : "x");
        }
        if (ContentTypes is { Length: > 0 } types)
        {
            var type = types[RoundOf(null) % types.Length];
            request.Content = Body(type, operation["requestBody"]!["content"]![type]!["schema"], RoundOf(null));
            // A service may refuse a large body before reading it; the client then waits for that answer instead of a broken pipe.
            request.Headers.ExpectContinue = true;
        }
        return request;
    }

    /// <summary>Bodies no schema describes: malformed and wrongly shaped JSON, and a body of the wrong type.</summary>
    public IEnumerable<HttpRequestMessage> Malformed()
    {
        if (!ContentTypes.Any(t => t.Contains("json", StringComparison.Ordinal)))
        {
            yield break;
        }
        var target = Regex.Replace(path, "{[^}]+}", "310000");
        var verb = new HttpMethod(method.ToUpperInvariant());
        string[] bodies = ["{}", "{\"unterminated\": ", "[1, 2, 3]", "\"a string\"", "{\"a\": {\"b\": {\"c\": [1, {\"x\": null}]}}}"];
        foreach (var body in bodies)
        {
            yield return new HttpRequestMessage(verb, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
        yield return new HttpRequestMessage(verb, target) { Content = new StringContent("plain text", Encoding.UTF8, "text/plain") };
    }

    private int BodyRounds(string contentType) =>
        Structured(contentType) ? schemas.Rounds(operation["requestBody"]!["content"]![contentType]!["schema"]) : FuzzValues.Bodies.Count;

    private HttpContent Body(string contentType, JsonNode? schema, int round)
    {
        var resolved = schemas.Resolve(schema);
        switch (contentType)
        {
            case var json when json.Contains("json", StringComparison.Ordinal):
                return new StringContent(schemas.Json(resolved, round), Encoding.UTF8, json);
            case "application/x-www-form-urlencoded":
                return new FormUrlEncodedContent(Fields(resolved, round));
            case "multipart/form-data":
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in Fields(resolved, round))
                {
                    multipart.Add(new StringContent(value), name);
                }
                return multipart;
            case "text/csv":
                return new StringContent(Csv(round), Encoding.UTF8, "text/csv");
            default:
                var (_, bytes) = FuzzValues.Bodies[round % FuzzValues.Bodies.Count];
                schemas.Tried(FuzzValues.Binary, bytes);
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                return content;
        }
    }

    private IEnumerable<KeyValuePair<string, string>> Fields(JsonNode schema, int round) =>
        schemas.Properties(schema, round).Select(p => KeyValuePair.Create(p.Name,
            schemas.Kind(p.Schema) == "object" ? schemas.Json(p.Schema, round) : schemas.Scalar(p.Schema, round).Text));

    /// <summary>A CSV of the columns the summary lists (<c>(a,b,c)</c>), a header and one row of the round's strings.</summary>
    private string Csv(int round)
    {
        var columns = Columns().Match(operation["summary"]?.GetValue<string>() ?? "") is { Success: true } listed
            ? listed.Groups[1].Value.Split(',')
            : ["value"];
        var cells = columns.Select((_, i) => schemas.Scalar(null, round + i).Text)
            .Select(c => $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        return string.Join(',', columns) + "\n" + string.Join(',', cells) + "\n";
    }

    private static bool Structured(string contentType) =>
        contentType.Contains("json", StringComparison.Ordinal)
        || contentType is "application/x-www-form-urlencoded" or "multipart/form-data" or "text/csv";

    private JsonNode? Parameter(string name, string location) => parameters.FirstOrDefault(p => In(p, location) && Name(p) == name);

    private static bool In(JsonNode parameter, string location) => parameter["in"]?.GetValue<string>() == location;

    private static string Name(JsonNode parameter) => parameter["name"]!.GetValue<string>();

    private static string Escape(string value) => Uri.EscapeDataString(value.Length > LongestInUrl ? value[..LongestInUrl] : value);

    [GeneratedRegex(@"\(([A-Za-z]+(?:,[A-Za-z]+)+)\)")]
    private static partial Regex Columns();
}

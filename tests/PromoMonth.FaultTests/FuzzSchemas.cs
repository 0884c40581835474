using System.Text;
using System.Text.Json.Nodes;

namespace PromoMonth.FaultTests;

/// <summary>
/// Reads the parameter types of one OpenAPI document (following <c>$ref</c>s and nullable unions) and writes a value of
/// each, for a round of the fuzzer: round <c>n</c> gives every parameter the n-th boundary value of its own type.
/// </summary>
internal sealed class FuzzSchemas(JsonNode document, FuzzTally tally)
{
    private const int MaxDepth = 4;

    public JsonNode Resolve(JsonNode? schema)
    {
        for (var hops = 0; schema?["$ref"] is { } reference && hops < 10; hops++)
        {
            schema = document["components"]?["schemas"]?[reference.GetValue<string>().Split('/')[^1]];
        }
        if ((schema?["anyOf"] ?? schema?["oneOf"] ?? schema?["allOf"]) is JsonArray union
            && union.FirstOrDefault(s => Types(Resolve(s)).Any(t => t != "null")) is { } first)
        {
            return Resolve(first);
        }
        return schema ?? new JsonObject();
    }

    /// <summary>The type name the boundary values are kept under.</summary>
    public string Kind(JsonNode? schema)
    {
        var resolved = Resolve(schema);
        if (resolved["enum"] is JsonArray)
        {
            return FuzzValues.Enum;
        }
        var types = Types(resolved);
        var format = resolved["format"]?.GetValue<string>();
        return types.Contains("integer") ? (format == "int64" ? FuzzValues.Int64 : FuzzValues.Int32)
            : types.Contains("number") ? FuzzValues.Number
            : types.Contains("boolean") ? FuzzValues.Boolean
            : types.Contains("array") ? "array"
            : types.Contains("object") || resolved["properties"] is not null || resolved["additionalProperties"] is JsonObject ? "object"
            : format switch
            {
                "date" => FuzzValues.Date,
                "date-time" => FuzzValues.DateTime,
                "uuid" => FuzzValues.Uuid,
                _ => FuzzValues.Text,
            };
    }

    /// <summary>The round's value for a scalar parameter (path, query, header, form field, CSV cell), counted.</summary>
    public Probe Scalar(JsonNode? schema, int round)
    {
        var resolved = Resolve(schema);
        var kind = Kind(resolved);
        if (kind == "array")
        {
            return Scalar(resolved["items"], round);
        }
        var probes = kind == FuzzValues.Enum
            ? FuzzValues.OfEnum([.. resolved["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.ToString())])
            : FuzzValues.Of(kind == "object" ? FuzzValues.Text : kind);
        var probe = probes[round % probes.Count];
        tally.Tried(kind == "object" ? FuzzValues.Text : kind, probe);
        return probe;
    }

    /// <summary>Counts a value sent outside any schema (a raw body).</summary>
    public void Tried(string kind, byte[] body) =>
        tally.Tried(kind, new Probe($"{body.Length} bytes", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body))));

    /// <summary>How many rounds it takes to give every parameter of the schema each of its type's values.</summary>
    public int Rounds(JsonNode? schema, int depth = 0)
    {
        var resolved = Resolve(schema);
        return Kind(resolved) switch
        {
            FuzzValues.Enum => resolved["enum"]!.AsArray().Count + 5,
            "array" => depth > MaxDepth ? 1 : Rounds(resolved["items"], depth + 1) + 1,
            "object" => depth > MaxDepth ? 1 : Properties(resolved).Select(p => Rounds(p.Schema, depth + 1)).DefaultIfEmpty(1).Max(),
            var kind => FuzzValues.Of(kind).Count,
        };
    }

    /// <summary>A JSON document of the schema's shape whose every leaf holds the round's value of its type.</summary>
    public string Json(JsonNode? schema, int round, int depth = 0)
    {
        var resolved = Resolve(schema);
        switch (Kind(resolved))
        {
            case "array":
                return depth > MaxDepth || round % 5 == 4 ? "[]" : $"[{Json(resolved["items"], round, depth + 1)}]";
            case "object":
                if (depth > MaxDepth)
                {
                    return "{}";
                }
                var json = new StringBuilder("{");
                foreach (var (name, property) in Properties(resolved, round))
                {
                    json.Append(json.Length > 1 ? "," : "").Append(System.Text.Json.JsonSerializer.Serialize(name)).Append(':');
                    json.Append(Json(property, round, depth + 1));
                }
                return json.Append('}').ToString();
            default:
                return Scalar(resolved, round).Json;
        }
    }

    /// <summary>Named properties, and for a dictionary one entry whose key is itself a hostile string.</summary>
    public IEnumerable<(string Name, JsonNode? Schema)> Properties(JsonNode schema, int round = 0)
    {
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            yield return (name, property);
        }
        if (schema["additionalProperties"] is JsonObject values)
        {
            yield return (FuzzValues.Of(FuzzValues.Text)[round % 4 == 1 ? 1 : 0].Text + (round % 3 == 2 ? "\u0000x" : ""), values);
        }
    }

    private static string[] Types(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };
}

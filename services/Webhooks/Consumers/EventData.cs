using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PromoMonth.Webhooks.Consumers;

/// <summary>A webhook body's <c>data</c>, in the gateway's JSON style (camelCase, nulls left out).</summary>
internal static class EventData
{
    private static readonly JsonSerializerOptions Style = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonObject Of<T>(T fields) => JsonSerializer.SerializeToNode(fields, Style)!.AsObject();
}

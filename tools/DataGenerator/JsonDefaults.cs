using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PromoMonth.DataGenerator;

public static class JsonDefaults
{
    /// <summary>The gateway's conventions: camelCase names, camelCase enum strings, absent rather than null.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Chinese text as itself, not \u escapes: bodies stay readable in failure reports and gateway logs.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

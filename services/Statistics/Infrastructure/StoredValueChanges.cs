using System.Text.Json;
using System.Text.Json.Serialization;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Infrastructure;

/// <summary>
/// How a revision's changes are stored: each change as <c>[indicator, breakdown, old, new]</c>, not as an object
/// with its four names. A first submission's revision lists every value of the report, and a campaign's import writes
/// a thousand of them at once: the names were more than half of the bytes PostgreSQL parsed and compressed. The API
/// still answers objects (this shape is the column's only); changes stored as objects before it are still read.
/// </summary>
public static class StoredValueChanges
{
    public static readonly JsonSerializerOptions Json = new(JsonColumnExtensions.StoredJson) { Converters = { new Converter() } };

    private sealed class Converter : JsonConverter<ValueChange>
    {
        public override ValueChange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                return JsonSerializer.Deserialize<ValueChange>(ref reader, JsonColumnExtensions.StoredJson)!;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("A stored change is an array [indicator, breakdown, old, new].");
            }
            var indicator = Next(ref reader).GetString() ?? throw new JsonException("A stored change names its indicator.");
            var breakdown = Next(ref reader).GetString();
            var old = Number(ref Next(ref reader));
            var @new = Number(ref Next(ref reader));
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException("A stored change has four items.");
            }
            return new(indicator, breakdown, old, @new);
        }

        public override void Write(Utf8JsonWriter writer, ValueChange value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value.Indicator);
            writer.WriteStringValue(value.Breakdown);
            Write(writer, value.Old);
            Write(writer, value.New);
            writer.WriteEndArray();
        }

        private static ref Utf8JsonReader Next(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                throw new JsonException("A stored change ends early.");
            }
            return ref reader;
        }

        private static decimal? Number(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

        private static void Write(Utf8JsonWriter writer, decimal? number)
        {
            if (number is { } value)
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}

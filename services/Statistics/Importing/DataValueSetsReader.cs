using System.Text;
using System.Text.Json;

namespace PromoMonth.Statistics.Importing;

/// <summary>
/// Reads a DHIS2-style <c>dataValueSets</c> document from a stream one data value at a time, so only the rows (not the
/// document) are held: the buffer keeps at most one unfinished value. The document's own period and orgUnit may come
/// before or after its values; they fill in whatever a value does not name itself once the document is read.
/// </summary>
public sealed class DataValueSetsReader(int maxRows)
{
    private const int ChunkBytes = 64 * 1024;

    private readonly List<ImportRow> rows = [];
    private string? pendingProperty;
    private string? period;
    private string? orgUnit;
    private bool inValues;
    private bool sawValues;
    private bool done;

    public async Task<(List<ImportRow> Rows, string? Error)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkBytes];
        var (filled, start, final) = (0, 0, false);
        var state = new JsonReaderState();
        var first = true;
        try
        {
            while (!done)
            {
                if (!final)
                {
                    if (filled == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }
                    var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                    filled += read;
                    final = read == 0;
                    if (first && !final && filled < 3)
                    {
                        continue;
                    }
                }
                if (first)
                {
                    start = buffer.AsSpan(0, filled).StartsWith("\uFEFF"u8) ? 3 : 0;
                    first = false;
                }
                var consumed = Consume(buffer.AsSpan(start, filled - start), final, ref state);
                var left = filled - start - consumed;
                buffer.AsSpan(start + consumed, left).CopyTo(buffer);
                (filled, start) = (left, 0);
                if (final && !done)
                {
                    return (rows, "The JSON document ended before its root object closed.");
                }
            }
        }
        catch (JsonException ex)
        {
            return (rows, $"The document is not JSON: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            return (rows, ex.Message);
        }
        if (!sawValues)
        {
            return (rows, "A dataValueSets document is an object with a \"dataValues\" array.");
        }
        for (var i = 0; i < rows.Count && (period is not null || orgUnit is not null); i++)
        {
            rows[i] = rows[i] with { Period = rows[i].Period ?? period, OrgUnit = rows[i].OrgUnit ?? orgUnit };
        }
        return (rows, null);
    }

    /// <summary>Reads every whole token of the span; answers how many bytes it used (an unfinished value waits for more).</summary>
    private int Consume(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var used = 0;
        while (!done)
        {
            var before = reader;
            if (!reader.Read() || !Token(ref reader))
            {
                // Back to the last whole token: the next chunk starts there.
                state = before.CurrentState;
                return (int)before.BytesConsumed;
            }
            used = (int)reader.BytesConsumed;
            state = reader.CurrentState;
        }
        return used;
    }

    /// <summary>Handles the token just read; false when it starts something the span does not hold whole.</summary>
    private bool Token(ref Utf8JsonReader reader)
    {
        switch (reader.CurrentDepth, reader.TokenType)
        {
            case (0, JsonTokenType.StartObject):
                return true;
            case (0, JsonTokenType.EndObject):
                done = true;
                return true;
            case (0, _):
                throw new InvalidDataException("A dataValueSets document is an object with a \"dataValues\" array.");
            case (1, JsonTokenType.PropertyName):
                pendingProperty = reader.GetString();
                return true;
            case (1, JsonTokenType.EndArray) when inValues:
                inValues = false;
                return true;
            case (1, _):
                return DocumentValue(ref reader);
            case (2, _) when inValues:
                return DataValue(ref reader);
            default:
                return true;
        }
    }

    private bool DocumentValue(ref Utf8JsonReader reader)
    {
        if (pendingProperty == "dataValues" && reader.TokenType == JsonTokenType.StartArray)
        {
            (inValues, sawValues, pendingProperty) = (true, true, null);
            return true;
        }
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return false;
        }
        if (pendingProperty is "period" or "orgUnit")
        {
            var text = Scalar(ref reader);
            if (pendingProperty == "period")
            {
                period = text;
            }
            else
            {
                orgUnit = text;
            }
        }
        pendingProperty = null;
        return true;
    }

    private bool DataValue(ref Utf8JsonReader reader)
    {
        var whole = reader;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !whole.TrySkip())
        {
            return false;
        }
        if (rows.Count >= maxRows)
        {
            throw new ImportTooLargeException($"An import file has at most {maxRows} values.");
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            rows.Add(new ImportRow(rows.Count + 1, null, null, null, null, null, null, null));
            reader = whole;
            return true;
        }
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var text = Scalar(ref reader);
            fields.TryAdd(name, text);
        }
        string? Field(string name) => fields.GetValueOrDefault(name);
        rows.Add(new ImportRow(rows.Count + 1, Field("period"), Field("orgUnit"), Field("dataElement"), Field("city"), Field("enterprise"),
            Field("value"), Field("comment")));
        return true;
    }

    /// <summary>DHIS2 sends values as strings; numbers are accepted too, kept exactly as written; other kinds name themselves.</summary>
    private static string? Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString() is { Length: > 0 } s ? s.Trim() : null;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var kind = reader.TokenType == JsonTokenType.StartObject ? "Object" : "Array";
                reader.TrySkip();
                return $"<{kind}>";
            default:
                return $"<{reader.TokenType}>";
        }
    }
}

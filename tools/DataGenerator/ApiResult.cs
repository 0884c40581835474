using System.Text.Json;

namespace PromoMonth.DataGenerator;

/// <summary>What one call came back with after retries: a status (0 when no answer came at all) and the body text.</summary>
/// <param name="Attempts">How many times it was sent; above 1, an earlier attempt may have taken effect unseen.</param>
public sealed record ApiResult(int Status, string Body, int Attempts = 1)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>A 409 to a retried workflow step: the earlier attempt whose answer was lost most likely did it.</summary>
    public bool IsConflictAfterRetry => Status == 409 && Attempts > 1;

    /// <summary>A top-level property of a JSON body, as text; null when absent or when the body is not JSON.</summary>
    public string? Property(string name)
    {
        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The numbers of a JSON body and the lengths of its arrays, nested names joined by dots: what a catalog release
    /// reports ("activityCount 274, changes.added 12, …") without tying the generator to the exact response shape.
    /// </summary>
    public IReadOnlyList<(string Name, int Value)> Counts()
    {
        try
        {
            using var document = JsonDocument.Parse(Body);
            var counts = new List<(string, int)>();
            Collect(document.RootElement, prefix: string.Empty, counts);
            return counts;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Collect(JsonElement element, string prefix, List<(string, int)> counts)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Number when property.Value.TryGetInt32(out var number):
                    counts.Add((name, number));
                    break;
                case JsonValueKind.Array:
                    counts.Add((name, property.Value.GetArrayLength()));
                    break;
                case JsonValueKind.Object:
                    Collect(property.Value, name + ".", counts);
                    break;
                default:
                    break;
            }
        }
    }
}

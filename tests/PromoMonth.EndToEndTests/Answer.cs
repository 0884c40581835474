using System.Net;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// A response read in full: a poll keeps it after the response is disposed, and a timed-out wait prints it as the
/// last value seen.
/// </summary>
internal sealed record Answer(HttpStatusCode Status, string Body)
{
    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);
}

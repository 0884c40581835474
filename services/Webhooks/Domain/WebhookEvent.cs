using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace PromoMonth.Webhooks.Domain;

/// <summary>
/// One event as partners receive it: its type, when it happened, and the data of its body, with what decides who may
/// read it (region, posting hotline, followers) kept beside the body rather than in it.
/// </summary>
public sealed record WebhookEvent(
    WebhookEventType Type,
    DateTimeOffset OccurredAt,
    JsonObject Data,
    string? Region = null,
    string? HotlineClientId = null,
    IReadOnlyList<string>? FollowedBy = null)
{
    public IReadOnlyList<string> Followers => FollowedBy ?? [];

    /// <summary>Chinese text stays readable in a body; characters that matter to HTML are still escaped.</summary>
    private static readonly JsonSerializerOptions BodyStyle = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The body Standard Webhooks prescribes: <c>{ "type", "timestamp", "data" }</c>.</summary>
    public string ToBody() => new JsonObject
    {
        ["type"] = Type.Name,
        ["timestamp"] = OccurredAt.ToUniversalTime()
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["data"] = Data.DeepClone(),
    }.ToJsonString(BodyStyle);
}

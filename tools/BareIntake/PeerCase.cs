using System.Text.Json;
using System.Text.Json.Serialization;

namespace PromoMonth.BareIntake;

/// <summary>The case a hotline posts, as the complaints service reads it (the fields the peer stores).</summary>
public sealed record PeerCase(
    string? HotlineReference, string? Channel, DateTimeOffset? ReceivedAt, string? Kind, string? Category,
    PeerParty? Complainant, PeerParty? Respondent, string? Description, decimal? AmountInvolved);

public sealed record PeerParty(string? Name, string? Phone, string? Address, string? RegionCode);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PeerCase))]
[JsonSerializable(typeof(PeerReceipt))]
[JsonSerializable(typeof(PeerParty))]
internal sealed partial class IntakeJson : JsonSerializerContext;

public sealed record PeerReceipt(Guid Id);

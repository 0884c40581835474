namespace PromoMonth.Complaints.Open311;

/// <summary>A key as issued: the only time the key itself is shown.</summary>
public sealed record IssuedKey(Guid Id, string HotlineClientId, string ApiKey, DateTimeOffset IssuedAt);

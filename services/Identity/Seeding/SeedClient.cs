namespace PromoMonth.Identity.Seeding;

/// <summary>A client that exists from the first start: one per reporting unit, the ministry, the hotlines, the broadcaster.</summary>
public sealed record SeedClient(string ClientId, string DisplayName, string Kind, string? RegionCode, IReadOnlyList<string> Scopes);

namespace PromoMonth.Licensing.Apis;

/// <summary>Where the licensee may show the mark, besides the activity itself.</summary>
public sealed record ScopeRequest(string[]? Venues, string[]? OnlineChannels);

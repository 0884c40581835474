namespace PromoMonth.EventRegistry.Domain;

/// <summary>What the ministry sets out for a campaign: its code, name, theme, window, launch ceremony and organisers.</summary>
public sealed record CampaignTerms(
    string Code,
    string Name,
    string Theme,
    CampaignWindow Window,
    DateOnly LaunchDate,
    string LaunchVenue,
    string LaunchBroadcast,
    IReadOnlyList<string> Organisers);

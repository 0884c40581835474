using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

public sealed record CampaignResponse(Guid Id, string Code, string Name, string Theme, DateOnly WindowStart, DateOnly WindowEnd,
    DateOnly LaunchDate, string LaunchVenue, string LaunchBroadcast, IReadOnlyList<string> Organisers)
{
    public static CampaignResponse From(Campaign c) =>
        new(c.Id, c.Code, c.Name, c.Theme, c.Window.Start, c.Window.End, c.LaunchDate, c.LaunchVenue, c.LaunchBroadcast, c.Organisers);
}

namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// A Consumption Promotion Month (全国消费促进月): its window, launch ceremony and organisers. Everything belongs to one.
/// </summary>
public sealed class Campaign
{
    private Campaign()
    {
    }

    public Guid Id { get; private init; }
    public string Code { get; private init; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string Theme { get; private set; } = string.Empty;
    public CampaignWindow Window { get; private set; } = null!;
    public DateOnly LaunchDate { get; private set; }
    public string LaunchVenue { get; private set; } = string.Empty;
    public string LaunchBroadcast { get; private set; } = string.Empty;
    public List<string> Organisers { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private init; }

    public static Campaign Create(CampaignTerms terms, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            Code = terms.Code,
            Name = terms.Name,
            Theme = terms.Theme,
            Window = terms.Window,
            LaunchDate = terms.LaunchDate,
            LaunchVenue = terms.LaunchVenue,
            LaunchBroadcast = terms.LaunchBroadcast,
            Organisers = [.. terms.Organisers],
            CreatedAt = now,
        };

    /// <summary>The 2020 campaign as the notice of 2020-08-28 set it out.</summary>
    public static Campaign Of2020(DateTimeOffset now) => Create(
        new CampaignTerms(
            Code: "2020",
            Name: "2020年全国消费促进月",
            Theme: "进一步释放消费潜力，更好满足人民日益增长的美好生活需要",
            Window: new CampaignWindow(new DateOnly(2020, 9, 9), new DateOnly(2020, 10, 8)),
            LaunchDate: new DateOnly(2020, 9, 8),
            LaunchVenue: "北京市前门步行街",
            LaunchBroadcast: "中央广播电视总台现场直播，主会场与部分地区现场视频连线",
            Organisers: ["商务部", "中央广播电视总台"]),
        now);
}

using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.UnitTests.Registry;

internal static class Samples
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static ActivityDetails Offline() => new(
        Title: "上海夜生活节",
        Summary: "夜间消费嘉年华",
        RegionCode: "310000",
        CityCode: "310100",
        Venue: "南京路步行街",
        Address: "上海市黄浦区南京东路",
        AttendanceMode: AttendanceMode.Offline,
        OnlineLinks: [],
        StartsAt: new DateTimeOffset(2020, 9, 12, 18, 0, 0, Beijing),
        EndsAt: new DateTimeOffset(2020, 9, 12, 23, 0, 0, Beijing),
        Category: ActivityCategory.NightEconomy,
        Organiser: "上海市商务委员会",
        OrganiserCreditCode: null,
        ParticipatingEnterpriseIds: [],
        ExpectedAttendance: 50_000,
        Capacity: 80_000,
        EpidemicPreventionPlan: "限流、测温、扫码",
        EmergencyPlan: "现场应急预案",
        EmergencyContact: new EmergencyContact("张三", "13800000000"),
        Publicity: [new Publicity(PublicityChannel.ShortVideo, "https://example.cn/video")]);

    public static readonly DateTimeOffset Now = new(2020, 9, 1, 9, 0, 0, Beijing);

    /// <summary>A valid credit code whose registering authority is <paramref name="division"/> (characters 3-8).</summary>
    public static UnifiedSocialCreditCode CreditCode(string division, string serial = "MA1FL1234")
    {
        var first17 = $"91{division}{serial}";
        return UnifiedSocialCreditCode.TryParse(first17 + UnifiedSocialCreditCode.CheckSymbol(first17), out var code, out var error)
            ? code
            : throw new ArgumentException(error, nameof(division));
    }

    public static EnterpriseFacts Enterprise(string regionCode, UnifiedSocialCreditCode code, string? reason = null) =>
        new(code, "百联集团", regionCode, "上海市黄浦区", "retail",
            new EnterpriseContact("王伟", "经理", "13900000001", null), reason);

    /// <summary>A submitted activity of <paramref name="campaign"/>, ready for the ministry's review.</summary>
    public static Activity Submitted(Campaign campaign, ActivityDetails? details = null)
    {
        var activity = Activity.Draft(campaign.Id, details ?? Offline(), "unit-310000", Now);
        activity.Submit("unit-310000", Now);
        return activity;
    }

    public static Activity Approved(Campaign campaign, ActivityDetails? details = null)
    {
        var activity = Submitted(campaign, details);
        activity.Approve(campaign, "ministry", Now);
        activity.TakeEvents();
        return activity;
    }
}

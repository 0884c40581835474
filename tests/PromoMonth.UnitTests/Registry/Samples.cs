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
}

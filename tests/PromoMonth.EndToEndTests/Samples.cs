namespace PromoMonth.EndToEndTests;

/// <summary>Request bodies as a reporting unit's system would send them.</summary>
internal static class Samples
{
    public static object Enterprise(string regionCode, string? name = null) => new
    {
        creditCode = CreditCodes.Fresh(regionCode),
        name = name ?? "上海第一百货商店股份有限公司",
        regionCode,
        industry = "retail",
        contact = new { name = "李四", title = "经理", phone = "13900000001", email = "lisi@example.cn" },
    };

    /// <summary>A complete complaint as a hotline posts it; each call carries a new hotline reference.</summary>
    public static object Case(
        string? creditCode = null,
        string? regionCode = "310000",
        string? activityId = null,
        string? reference = null,
        DateTimeOffset? receivedAt = null) => new
    {
        hotlineReference = reference ?? $"12315-{Guid.NewGuid():N}"[..24],
        channel = "phone",
        receivedAt = receivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-5),
        kind = "complaint",
        category = "counterfeitGoods",
        complainant = new { name = "王小明", phone = "13912345678", address = "上海市徐汇区某路1号" },
        respondent = new { name = "某电器商场", creditCode, address = "某区某路2号", regionCode },
        activityId,
        description = "在促销活动中购买的电饭煲疑似假冒品牌，要求退货并赔偿。",
        amountInvolved = 399.00m,
        attachmentLinks = new[] { "https://files.example.cn/receipt.jpg" },
    };

    public static object OfflineActivity(
        string regionCode,
        string cityCode,
        IEnumerable<string>? enterpriseIds = null,
        string title = "上海夜生活节",
        DateTimeOffset? startsAt = null) => new
    {
        title,
        summary = "夜间消费嘉年华，百家商户联动促销",
        regionCode,
        cityCode,
        venue = "南京路步行街",
        address = "上海市黄浦区南京东路",
        attendanceMode = "offline",
        startsAt = startsAt ?? new DateTimeOffset(2020, 9, 12, 18, 0, 0, TimeSpan.FromHours(8)),
        endsAt = (startsAt ?? new DateTimeOffset(2020, 9, 12, 18, 0, 0, TimeSpan.FromHours(8))).AddHours(5),
        category = "retail",
        organiser = "上海市商务委员会",
        participatingEnterpriseIds = enterpriseIds?.ToArray() ?? [],
        expectedAttendance = 50000,
        capacity = 80000,
        epidemicPreventionPlan = "限流、测温、扫码登记",
        emergencyPlan = "现场应急预案",
        emergencyContact = new { name = "张三", phone = "13800000009" },
        publicity = new[] { new { channel = "shortVideo", link = "https://v.example.cn/night" } },
    };
}

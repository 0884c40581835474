namespace PromoMonth.DataGenerator;

public enum UnitKind
{
    Municipality,
    Province,
    AutonomousRegion,
    PlanCity,
    Corps,
}

public sealed record ReportingUnit(string Code, string Name, UnitKind Kind)
{
    /// <summary>The OAuth2 client the unit's own commerce department uses; it may only write records of this region.</summary>
    public string ClientId => $"unit-{Code}";

    /// <summary>
    /// Provinces, autonomous regions and the Corps prefix their cities in postal addresses; cities that report on their
    /// own do not.
    /// </summary>
    public bool NamedInAddresses => Kind is UnitKind.Province or UnitKind.AutonomousRegion or UnitKind.Corps;
}

/// <summary>
/// The 37 reporting units of the 2020 notice, copied from services/Contracts/reporting-units.csv. The generator is a
/// gateway client like any partner's and must not depend on the repository layout at run time, hence a copy.
/// </summary>
public static class ReportingUnits
{
    public static IReadOnlyList<ReportingUnit> All { get; } =
    [
        new("110000", "北京市", UnitKind.Municipality),
        new("120000", "天津市", UnitKind.Municipality),
        new("130000", "河北省", UnitKind.Province),
        new("140000", "山西省", UnitKind.Province),
        new("150000", "内蒙古自治区", UnitKind.AutonomousRegion),
        new("210000", "辽宁省", UnitKind.Province),
        new("220000", "吉林省", UnitKind.Province),
        new("230000", "黑龙江省", UnitKind.Province),
        new("310000", "上海市", UnitKind.Municipality),
        new("320000", "江苏省", UnitKind.Province),
        new("330000", "浙江省", UnitKind.Province),
        new("340000", "安徽省", UnitKind.Province),
        new("350000", "福建省", UnitKind.Province),
        new("360000", "江西省", UnitKind.Province),
        new("370000", "山东省", UnitKind.Province),
        new("410000", "河南省", UnitKind.Province),
        new("420000", "湖北省", UnitKind.Province),
        new("430000", "湖南省", UnitKind.Province),
        new("440000", "广东省", UnitKind.Province),
        new("450000", "广西壮族自治区", UnitKind.AutonomousRegion),
        new("460000", "海南省", UnitKind.Province),
        new("500000", "重庆市", UnitKind.Municipality),
        new("510000", "四川省", UnitKind.Province),
        new("520000", "贵州省", UnitKind.Province),
        new("530000", "云南省", UnitKind.Province),
        new("540000", "西藏自治区", UnitKind.AutonomousRegion),
        new("610000", "陕西省", UnitKind.Province),
        new("620000", "甘肃省", UnitKind.Province),
        new("630000", "青海省", UnitKind.Province),
        new("640000", "宁夏回族自治区", UnitKind.AutonomousRegion),
        new("650000", "新疆维吾尔自治区", UnitKind.AutonomousRegion),
        new("210200", "大连市", UnitKind.PlanCity),
        new("370200", "青岛市", UnitKind.PlanCity),
        new("330200", "宁波市", UnitKind.PlanCity),
        new("350200", "厦门市", UnitKind.PlanCity),
        new("440300", "深圳市", UnitKind.PlanCity),
        new("660000", "新疆生产建设兵团", UnitKind.Corps),
    ];
}

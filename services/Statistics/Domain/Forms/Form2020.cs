namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>
/// The 2020 effectiveness form, from the indicators the notice names (activity sessions, participating enterprises,
/// sales driven) and those the ministry's mid-campaign release reported. Growth and shares are computed from
/// baselines and counts, never typed.
/// </summary>
public static class Form2020
{
    public const string CampaignCode = "2020";

    public static StatisticsForm Create(DateTimeOffset now) => StatisticsForm.Define(CampaignCode, new(
            "2020年全国消费促进月成效统计表 (2020 Consumption Promotion Month effectiveness form)", [.. Indicators], [.. Rules]),
        current: null, currentInUse: false, "seed", now);

    public static readonly IReadOnlyList<Indicator> Indicators =
    [
        new() { Code = "activity_sessions", NameZh = "活动场次", NameEn = "Activity sessions held", Unit = "场",
            ValueType = IndicatorValueType.Count, Required = true, Min = 0, Breakdown = true },
        new() { Code = "participating_enterprises", NameZh = "参与企业数", NameEn = "Participating enterprises", Unit = "家",
            ValueType = IndicatorValueType.Count, Required = true, Min = 0, Breakdown = true },
        new() { Code = "participating_key_enterprises", NameZh = "参与重点企业数", NameEn = "Participating key enterprises", Unit = "家",
            ValueType = IndicatorValueType.Count, Min = 0, Breakdown = true },
        new() { Code = "key_cities", NameZh = "参与重点城市数", NameEn = "Key cities taking part", Unit = "个",
            ValueType = IndicatorValueType.Count, Min = 0, Max = 100 },
        new() { Code = "sales_driven", NameZh = "拉动销售额", NameEn = "Sales driven", Unit = "元", ValueType = IndicatorValueType.Amount,
            Required = true, Min = 0, Breakdown = true },
        new() { Code = "sales_directly_driven", NameZh = "活动直接带动销售额", NameEn = "Sales directly driven by activities", Unit = "元",
            ValueType = IndicatorValueType.Amount, Min = 0, Breakdown = true },
        new() { Code = "key_enterprise_sales", NameZh = "重点企业销售额", NameEn = "Key-enterprise sales", Unit = "元",
            ValueType = IndicatorValueType.Amount, Min = 0, Breakdown = true },
        new() { Code = "key_enterprise_sales_last_year", NameZh = "重点企业上年同期销售额", NameEn = "Key-enterprise sales, same period last year",
            Unit = "元", ValueType = IndicatorValueType.Amount, Min = 0, BaselineOf = "key_enterprise_sales", Breakdown = true },
        new()
        {
            Code = "key_enterprise_sales_growth", NameZh = "重点企业销售额同比增长", NameEn = "Key-enterprise sales growth year on year", Unit = "%",
            ValueType = IndicatorValueType.Percentage, Aggregation = IndicatorAggregation.Computed,
            Computation = new(ComputationKind.YearOnYearGrowth, "key_enterprise_sales", "key_enterprise_sales_last_year"),
        },
        new() { Code = "key_enterprises_growing", NameZh = "销售额同比增长的重点企业数", NameEn = "Key enterprises with year-on-year growth",
            Unit = "家", ValueType = IndicatorValueType.Count, Min = 0, Breakdown = true },
        new()
        {
            Code = "key_enterprises_growing_share", NameZh = "同比增长重点企业占比", NameEn = "Share of key enterprises growing year on year",
            Unit = "%",
            ValueType = IndicatorValueType.Percentage, Aggregation = IndicatorAggregation.Computed,
            Computation = new(ComputationKind.Share, "key_enterprises_growing", "participating_key_enterprises"),
        },
        new() { Code = "third_party_payment", NameZh = "第三方支付消费额", NameEn = "Consumption through third-party payment", Unit = "元",
            ValueType = IndicatorValueType.Amount, Min = 0, Breakdown = true },
        new() { Code = "car_retail_sales", NameZh = "汽车零售额", NameEn = "Car retail sales", Unit = "元",
            ValueType = IndicatorValueType.Amount, Min = 0, Breakdown = true },
        new() { Code = "mall_footfall", NameZh = "重点商圈客流量", NameEn = "Footfall in key malls and streets", Unit = "人次",
            ValueType = IndicatorValueType.Count, Min = 0, Breakdown = true },
        new() { Code = "vouchers_redeemed", NameZh = "消费券核销金额", NameEn = "Consumer vouchers redeemed", Unit = "元",
            ValueType = IndicatorValueType.Amount, Min = 0, Breakdown = true },
    ];

    public static readonly IReadOnlyList<CrossRule> Rules =
    [
        new("key-within-participating", "participating_key_enterprises", RuleComparison.AtMost, "participating_enterprises",
            "Participating key enterprises cannot exceed participating enterprises."),
        new("direct-within-driven", "sales_directly_driven", RuleComparison.AtMost, "sales_driven",
            "Sales directly driven by activities cannot exceed the sales driven."),
        new("growing-within-key", "key_enterprises_growing", RuleComparison.AtMost, "participating_key_enterprises",
            "Key enterprises growing year on year cannot exceed participating key enterprises."),
    ];
}

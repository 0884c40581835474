namespace PromoMonth.DataGenerator;

/// <summary>A key enterprise to register, and the commitment letter it signs if it signs one.</summary>
public sealed record PlannedEnterprise(
    int Index, KeyCity City, EnterpriseRegistration Registration, ActivityCategory Trade, CommitmentLetter? Commitment)
{
    public ReportingUnit Unit => City.Unit;
}

/// <summary>Plans the key enterprises: shops, malls, car dealers, restaurants and the like, spread over the key cities.</summary>
public static class EnterprisePlanner
{
    /// <summary>About four in five key enterprises had signed the commitment letter.</summary>
    private const double CommitmentShare = 0.8;

    // What a key enterprise is: the name's business word, the industry it registers, the kind of activity it joins.
    // Retail dominates, as it did in the 2020 campaign.
    private static readonly ((string NameWord, string Industry, ActivityCategory Trade) Kind, int Weight)[] Kinds =
    [
        (("百货", "零售业", ActivityCategory.Retail), 12),
        (("商场", "零售业", ActivityCategory.Retail), 8),
        (("超市", "零售业", ActivityCategory.Retail), 10),
        (("商业管理", "商务服务业", ActivityCategory.Retail), 5),
        (("汽车销售服务", "汽车零售", ActivityCategory.Automotive), 9),
        (("电器", "家用电器零售", ActivityCategory.HomeAppliances), 8),
        (("餐饮管理", "餐饮业", ActivityCategory.Catering), 12),
        (("酒店管理", "住宿业", ActivityCategory.CultureAndTourism), 5),
        (("文化旅游发展", "文化旅游", ActivityCategory.CultureAndTourism), 5),
        (("电子商务", "互联网零售", ActivityCategory.ECommerce), 7),
        (("夜市运营管理", "商务服务业", ActivityCategory.NightEconomy), 3),
        (("家政服务", "居民服务业", ActivityCategory.ConsumerServices), 4),
    ];

    private static readonly string[] ContactTitles = ["总经理", "副总经理", "办公室主任", "市场部经理", "行政主管"];
    private static readonly string[] SignatoryTitles = ["总经理", "总经理", "董事长", "法定代表人"];

    public static IReadOnlyList<PlannedEnterprise> Plan(Random random, IReadOnlyList<KeyCity> cities, int count)
    {
        var enterprises = new List<PlannedEnterprise>(count);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (city, index) in Cities.Spread(random, cities, count).Select((c, i) => (c, i)))
        {
            var kind = random.PickWeighted(Kinds);
            string code, name;
            do
            {
                code = CreditCodes.Issue(city.Code, random);
            }
            while (!codes.Add(code));
            do
            {
                name = $"{city.ShortName}{ChineseNames.TradeName(random)}{kind.NameWord}有限公司";
            }
            while (!names.Add(name));

            var contact = new EnterpriseContact(
                ChineseNames.Person(random),
                random.Pick(ContactTitles),
                ChineseNames.MobilePhone(random),
                $"contact{index + 1:D5}@example.com");
            var registration = new EnterpriseRegistration(
                code, name, city.Unit.Code, ChineseNames.Address(random, city), kind.Industry, contact);
            var commitment = random.Chance(CommitmentShare)
                ? new CommitmentLetter(true, true, true,
                    ChineseNames.Person(random), random.Pick(SignatoryTitles), CampaignCalendar.PickSigningDate(random))
                : null;
            enterprises.Add(new PlannedEnterprise(index, city, registration, kind.Trade, commitment));
        }
        return enterprises;
    }
}

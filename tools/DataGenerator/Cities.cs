namespace PromoMonth.DataGenerator;

/// <summary>A key city (重点城市) of the campaign and the reporting unit that reports for it.</summary>
public sealed record KeyCity(string Code, string Name, ReportingUnit Unit)
{
    /// <summary>The name as it opens an enterprise or activity name (杭州市 → 杭州, 喀什地区 → 喀什; 延边州 stays whole).</summary>
    public string ShortName =>
        Name.EndsWith("地区", StringComparison.Ordinal) ? Name[..^2]
        : Name.EndsWith('市') ? Name[..^1]
        : Name;
}

/// <summary>
/// The 179 key cities: the 4 municipalities and 5 plan-listed cities are their own single city, and 170 prefecture-level
/// cities are spread over the provinces, autonomous regions and the Corps. A city code is the unit's first two digits,
/// the city's two-digit number and "00" (GB/T 2260); the cities of plan-listed units (大连 21 02, 宁波 33 02, 厦门 35 02,
/// 青岛 37 02, 深圳 44 03) are left out of their provinces because they report for themselves.
/// </summary>
public static class Cities
{
    private static readonly (string UnitCode, string[] Cities)[] NumberedByUnit =
    [
        ("110000", ["01 北京市"]),
        ("120000", ["01 天津市"]),
        ("130000", ["01 石家庄市", "02 唐山市", "03 秦皇岛市", "04 邯郸市", "06 保定市", "07 张家口市", "09 沧州市", "10 廊坊市"]),
        ("140000", ["01 太原市", "02 大同市", "04 长治市", "07 晋中市", "08 运城市"]),
        ("150000", ["01 呼和浩特市", "02 包头市", "04 赤峰市", "06 鄂尔多斯市", "07 呼伦贝尔市"]),
        ("210000", ["01 沈阳市", "03 鞍山市", "04 抚顺市", "06 丹东市", "07 锦州市", "08 营口市"]),
        ("220000", ["01 长春市", "02 吉林市", "05 通化市", "24 延边州"]),
        ("230000", ["01 哈尔滨市", "02 齐齐哈尔市", "06 大庆市", "08 佳木斯市", "10 牡丹江市"]),
        ("310000", ["01 上海市"]),
        ("320000", ["01 南京市", "02 无锡市", "03 徐州市", "04 常州市", "05 苏州市", "06 南通市", "07 连云港市", "09 盐城市", "10 扬州市", "11 镇江市"]),
        ("330000", ["01 杭州市", "03 温州市", "04 嘉兴市", "05 湖州市", "06 绍兴市", "07 金华市", "09 舟山市", "10 台州市"]),
        ("340000", ["01 合肥市", "02 芜湖市", "03 蚌埠市", "05 马鞍山市", "08 安庆市", "10 黄山市", "12 阜阳市"]),
        ("350000", ["01 福州市", "03 莆田市", "04 三明市", "05 泉州市", "06 漳州市", "08 龙岩市"]),
        ("360000", ["01 南昌市", "02 景德镇市", "04 九江市", "07 赣州市", "11 上饶市"]),
        ("370000", ["01 济南市", "03 淄博市", "04 枣庄市", "05 东营市", "06 烟台市", "07 潍坊市", "08 济宁市", "09 泰安市", "10 威海市", "11 日照市", "13 临沂市"]),
        ("410000", ["01 郑州市", "02 开封市", "03 洛阳市", "04 平顶山市", "05 安阳市", "07 新乡市", "08 焦作市", "10 许昌市", "13 南阳市", "14 商丘市"]),
        ("420000", ["01 武汉市", "02 黄石市", "03 十堰市", "05 宜昌市", "06 襄阳市", "08 荆门市", "10 荆州市"]),
        ("430000", ["01 长沙市", "02 株洲市", "03 湘潭市", "04 衡阳市", "06 岳阳市", "07 常德市", "08 张家界市"]),
        ("440000",
            ["01 广州市", "02 韶关市", "04 珠海市", "05 汕头市", "06 佛山市", "07 江门市", "08 湛江市", "12 肇庆市", "13 惠州市", "19 东莞市", "20 中山市",
                "52 揭阳市"]),
        ("450000", ["01 南宁市", "02 柳州市", "03 桂林市", "04 梧州市", "05 北海市", "09 玉林市"]),
        ("460000", ["01 海口市", "02 三亚市", "04 儋州市"]),
        ("500000", ["01 重庆市"]),
        ("510000", ["01 成都市", "03 自贡市", "04 攀枝花市", "05 泸州市", "06 德阳市", "07 绵阳市", "11 乐山市", "13 南充市", "15 宜宾市", "17 达州市"]),
        ("520000", ["01 贵阳市", "02 六盘水市", "03 遵义市", "04 安顺市", "05 毕节市"]),
        ("530000", ["01 昆明市", "03 曲靖市", "04 玉溪市", "07 丽江市", "25 红河州", "29 大理州"]),
        ("540000", ["01 拉萨市", "02 日喀则市", "04 林芝市"]),
        ("610000", ["01 西安市", "03 宝鸡市", "04 咸阳市", "05 渭南市", "06 延安市", "08 榆林市"]),
        ("620000", ["01 兰州市", "02 嘉峪关市", "05 天水市", "09 酒泉市"]),
        ("630000", ["01 西宁市", "02 海东市"]),
        ("640000", ["01 银川市", "02 石嘴山市", "03 吴忠市"]),
        ("650000", ["01 乌鲁木齐市", "02 克拉玛依市", "31 喀什地区", "40 伊犁州"]),
        ("210200", ["02 大连市"]),
        ("370200", ["02 青岛市"]),
        ("330200", ["02 宁波市"]),
        ("350200", ["02 厦门市"]),
        ("440300", ["03 深圳市"]),
        // The Corps reports by division (师); its two largest division cities stand in as its key cities.
        ("660000", ["01 第一师阿拉尔市", "08 第八师石河子市"]),
    ];

    public static IReadOnlyList<KeyCity> All { get; } = Build();

    /// <summary>
    /// One city per item: every city once while items last, the rest uniformly, so units get records in proportion to
    /// their key cities and no key city is left empty.
    /// </summary>
    public static IEnumerable<KeyCity> Spread(Random random, IReadOnlyList<KeyCity> cities, int count)
    {
        var firstRound = cities.ToArray();
        random.Shuffle(firstRound);
        for (var i = 0; i < count; i++)
        {
            yield return i < firstRound.Length ? firstRound[i] : random.Pick(cities);
        }
    }

    private static KeyCity[] Build()
    {
        var units = ReportingUnits.All.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var cities = NumberedByUnit
            .SelectMany(entry => entry.Cities.Select(city =>
            {
                var (number, name) = (city[..2], city[3..]);
                return new KeyCity(entry.UnitCode[..2] + number + "00", name, units[entry.UnitCode]);
            }))
            .ToArray();
        // Both lists are data typed by hand: fail loudly rather than generate a campaign with a hole in it.
        if (cities.Length != 179 || cities.Select(c => c.Unit).Distinct().Count() != ReportingUnits.All.Count)
        {
            throw new InvalidOperationException($"The key-city table has {cities.Length} cities; the campaign has 179 over all 37 units.");
        }
        return cities;
    }
}

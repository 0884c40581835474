namespace PromoMonth.DataGenerator;

/// <summary>Plausible personal names, trade names, street addresses and phone numbers for demo records.</summary>
public static class ChineseNames
{
    // The most common surnames, so that names read as ordinary ones rather than invented ones.
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余",
        "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石",
    ];

    private static readonly string[] GivenNames =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "慧",
        "建华", "建国", "志强", "海燕", "婷", "玉兰", "桂英", "晓东", "文", "斌", "宇", "浩", "鹏", "辉", "霞", "平", "刚", "红",
        "颖", "欣", "嘉怡", "佳", "俊杰", "春梅", "国庆", "立新", "丽娟", "志刚", "晓燕", "海涛",
    ];

    // Trade names (字号) are two auspicious characters, as most Chinese shops' are.
    private static readonly string[] TradeNameCharacters =
    [
        "华", "鑫", "恒", "盛", "泰", "隆", "兴", "源", "达", "丰", "昌", "荣", "福", "瑞", "祥", "和", "嘉", "信", "诚", "德",
        "金", "宏", "永", "新", "百", "万", "汇", "联", "佳", "天",
    ];

    private static readonly string[] Roads =
    [
        "人民路", "解放路", "中山路", "建设路", "新华路", "文化路", "胜利路", "和平路", "朝阳路", "长江路", "黄河路", "光明路",
        "友谊路", "东风路", "青年路", "工业大道", "滨江大道", "世纪大道", "商业街", "步行街",
    ];

    private static readonly string[] Districts = ["", "", "经济技术开发区", "高新区", "新区"];

    private static readonly string[] MobilePrefixes = ["135", "136", "138", "139", "150", "151", "158", "186", "187", "189"];

    public static string Person(Random random) => random.Pick(Surnames) + random.Pick(GivenNames);

    public static string TradeName(Random random)
    {
        var first = random.Pick(TradeNameCharacters);
        string second;
        do
        {
            second = random.Pick(TradeNameCharacters);
        }
        while (second == first);
        return first + second;
    }

    /// <summary>A street address in <paramref name="city"/>, with the province first where a postal address has one.</summary>
    public static string Address(Random random, KeyCity city)
    {
        var province = city.Unit.NamedInAddresses ? city.Unit.Name : string.Empty;
        return $"{province}{city.Name}{random.Pick(Districts)}{random.Pick(Roads)}{random.Next(1, 400)}号";
    }

    public static string MobilePhone(Random random) => random.Pick(MobilePrefixes) + random.Next(0, 100_000_000).ToString("D8");
}

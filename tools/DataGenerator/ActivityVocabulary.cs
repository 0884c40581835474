namespace PromoMonth.DataGenerator;

/// <summary>The words of key activities: titles, venues, offers and the plans the notice asks for, by category.</summary>
public static class ActivityVocabulary
{
    // "{0}" is the city's short name. Modelled on the titles local commerce departments used in 2020.
    private static readonly Dictionary<ActivityCategory, string[]> TitleTemplates = new()
    {
        [ActivityCategory.Retail] = ["2020{0}金秋购物节", "{0}消费促进月百货让利周", "{0}国庆中秋双节购物季", "{0}商圈消费季", "{0}老字号嘉年华"],
        [ActivityCategory.Catering] = ["{0}美食文化节", "{0}餐饮消费季", "{0}特色小吃嘉年华", "{0}金秋美食周"],
        [ActivityCategory.Automotive] = ["{0}汽车消费节", "{0}秋季车展", "{0}新能源汽车下乡活动", "{0}汽车以旧换新促销月"],
        [ActivityCategory.HomeAppliances] = ["{0}家电以旧换新促销周", "{0}智能家电消费节", "{0}绿色智能家电惠民季"],
        [ActivityCategory.CultureAndTourism] = ["{0}文旅消费季", "{0}金秋旅游节", "{0}非遗购物节", "{0}乡村旅游美食节"],
        [ActivityCategory.ECommerce] = ["{0}直播带货节", "{0}电商消费扶贫周", "{0}云上消费节", "{0}网红产品直播季"],
        [ActivityCategory.NightEconomy] = ["{0}夜间消费嘉年华", "{0}不夜城灯光节", "{0}夜市美食节", "{0}夜经济消费季"],
        [ActivityCategory.ConsumerServices] = ["{0}家政服务消费周", "{0}品质生活服务节", "{0}便民生活服务月"],
        [ActivityCategory.Other] = ["{0}消费扶贫专场", "{0}品牌消费节", "{0}消费促进月启动仪式"],
    };

    private static readonly Dictionary<ActivityCategory, string[]> Venues = new()
    {
        [ActivityCategory.Retail] = ["中心商圈", "步行街", "万象广场", "国际购物中心", "百货大楼"],
        [ActivityCategory.Catering] = ["美食街", "文化广场", "滨江公园", "老街"],
        [ActivityCategory.Automotive] = ["国际会展中心", "汽车城", "体育中心广场"],
        [ActivityCategory.HomeAppliances] = ["家电卖场", "国际会展中心", "中心商圈"],
        [ActivityCategory.CultureAndTourism] = ["古城景区", "文化旅游区", "博物馆广场", "湿地公园"],
        [ActivityCategory.ECommerce] = ["电商产业园", "直播基地", "跨境电商园区"],
        [ActivityCategory.NightEconomy] = ["夜市街区", "滨江步道", "不夜城", "老码头"],
        [ActivityCategory.ConsumerServices] = ["社区服务中心", "市民广场", "文化广场"],
        [ActivityCategory.Other] = ["市民广场", "国际会展中心", "体育中心"],
    };

    private static readonly Dictionary<ActivityCategory, string> CategoryNames = new()
    {
        [ActivityCategory.Retail] = "零售",
        [ActivityCategory.Catering] = "餐饮",
        [ActivityCategory.Automotive] = "汽车",
        [ActivityCategory.HomeAppliances] = "家电",
        [ActivityCategory.CultureAndTourism] = "文旅",
        [ActivityCategory.ECommerce] = "电商",
        [ActivityCategory.NightEconomy] = "夜间",
        [ActivityCategory.ConsumerServices] = "服务",
        [ActivityCategory.Other] = "重点领域",
    };

    private static readonly string[] Offers =
    [
        "满减让利", "发放消费券", "以旧换新补贴", "限时折扣", "直播带货", "非遗展销", "美食品鉴", "积分兑换", "免息分期", "抽奖赠礼",
    ];

    public static readonly string[] EpidemicPreventionPlans =
    [
        "实行预约限流，入口测温并查验健康码，场内人员佩戴口罩、保持一米间距，公共区域每日消毒不少于两次，设置临时留观点。",
        "按场地最大承载量的75%控制人流，分时段错峰入场，配备防疫物资和专职防疫人员，发现发热人员立即按规定处置并报告属地疾控部门。",
        "落实属地疫情防控要求，工作人员每日健康监测，顾客扫码登记、测温入场，收银区设置一米线，餐饮区隔位就座。",
    ];

    public static readonly string[] EmergencyPlans =
    [
        "成立现场应急指挥组，明确安保、医疗、疏散分工；设置应急通道和疏散指引，配备消防器材与医疗点，遇突发情况立即启动预案并报告属地政府。",
        "与公安、消防、卫生部门建立联动机制，现场布设监控和广播，人流超过警戒值时启动限流，极端天气提前发布预警并调整活动安排。",
        "制定踩踏、火灾、食品安全、恶劣天气四类处置流程，活动前组织演练，现场安排专人值守应急电话，确保信息第一时间上报。",
    ];

    private static readonly Dictionary<PublicityChannel, string> PublicityHosts = new()
    {
        [PublicityChannel.TraditionalMedia] = "https://news.example.com/promo2020/",
        [PublicityChannel.ConvergenceMediaCentre] = "https://rmt.example.com/story/",
        [PublicityChannel.LiveStreaming] = "https://live.example.com/room/",
        [PublicityChannel.ShortVideo] = "https://v.example.com/clip/",
        [PublicityChannel.InteractiveVideo] = "https://hd.example.com/show/",
        [PublicityChannel.Other] = "https://www.example.com/promo2020/",
    };

    public static string Title(Random random, ActivityCategory category, KeyCity city) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(TitleTemplates[category]), city.ShortName);

    public static string Venue(Random random, ActivityCategory category, KeyCity city) => city.ShortName + random.Pick(Venues[category]);

    public static string Summary(Random random, string title, string organiser, int enterpriseCount, ActivityCategory category)
    {
        var offers = random.Sample(Offers, 2);
        var joined = enterpriseCount > 0 ? $"联合{enterpriseCount}家重点企业，" : string.Empty;
        return $"{title}由{organiser}主办，{joined}推出{offers[0]}、{offers[1]}等惠民举措，促进{CategoryNames[category]}消费回补和潜力释放。";
    }

    public static string PublicityLink(PublicityChannel channel, int activityIndex) => $"{PublicityHosts[channel]}{activityIndex + 1:D5}";

    public static string OnlineLink(int activityIndex) => $"https://live.example.com/promo2020/{activityIndex + 1:D5}";
}

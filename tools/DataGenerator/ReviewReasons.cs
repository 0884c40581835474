namespace PromoMonth.DataGenerator;

/// <summary>Why the ministry sends an activity back, or why an approved one is cancelled or moved.</summary>
public static class ReviewReasons
{
    public static readonly string[] Return =
    [
        "疫情防控方案不够具体，请补充限流和测温措施后重新提交。",
        "应急预案缺少现场疏散安排，请完善后重新提交。",
        "活动时间与消费促进月整体安排不一致，请核实后重新提交。",
        "参与企业信息不完整，请补充重点企业名单。",
        "活动简介过于简单，请说明主要惠民举措。",
    ];

    public static readonly string[] Cancel =
    [
        "根据属地疫情防控最新要求，取消线下活动。",
        "活动场地临时调整，经研究取消举办。",
        "主办单位申请取消，相关促销并入全市统一活动。",
    ];

    public static readonly string[] Postpone =
    [
        "受台风天气影响，活动延期举办。",
        "为配合疫情防控错峰安排，活动延期举办。",
        "活动场地施工未完成，延期举办。",
    ];
}

using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;

namespace PromoMonth.Complaints.Open311;

/// <summary>
/// What the reporter is told about each step of a case: built from the step's action and the rules' codes only, never
/// from a handler's free text, which may name people or carry their numbers. Chinese first, English after.
/// </summary>
internal static class Open311Notes
{
    public static string Public(CaseStep step) => step.Action switch
    {
        "receive" => "已登记，待决定是否受理 (received; acceptance to be decided)",
        "accept" when step.To == CaseStatus.InMediation => "已受理，进入调解 (accepted; in mediation)",
        "accept" => "已受理，核查中 (accepted; being verified)",
        "reject" => $"不予受理：{Ground(step.Code)}",
        "transfer" => $"已转交{Agency(step.ToRegion)}处理 (transferred)",
        "suspend" => $"{Suspension(step.Code)}期间暂停计时 (the clock stops while the case waits on it)",
        "resume" => "恢复计时，期限相应顺延 (the clock runs again; deadlines moved by the time it waited)",
        "resolve" => "已办结 (resolved)",
        "finding" => "已作出处理认定 (a finding was recorded)",
        _ => "处理中 (in progress)",
    };

    /// <summary>The step as one of FixMyStreet's extended statuses, for a client keeping its reporter informed.</summary>
    public static string Status(CaseStep step) => step.Action switch
    {
        "receive" => "open",
        "accept" => "investigating",
        "reject" when step.Code == nameof(RejectionGround.OutsideRemit) => "not_councils_responsibility",
        "reject" => "no_further_action",
        "transfer" => "internal_referral",
        "resolve" => "fixed",
        _ => "in_progress",
    };

    /// <summary>The unit that handles a case in its region, or the ministry while the case awaits triage.</summary>
    public static string Agency(string? region) =>
        region is null ? "商务部（待分派）" : $"{ReportingUnits.Find(region)?.NameZh ?? region}商务主管部门";

    private static string Ground(string? code) => Enum.TryParse<RejectionGround>(code, out var ground)
        ? ground switch
        {
            RejectionGround.OutsideRemit => "不属于本部门职责范围 (outside the office's remit)",
            RejectionGround.HandledByCourtArbitrationOrAssociation => "已由法院、仲裁机构或消费者协会处理 (handled elsewhere)",
            RejectionGround.NotForPersonalConsumption => "不属于生活消费 (not personal consumption)",
            RejectionGround.OlderThanThreeYears => "超过三年 (older than three years)",
            _ => "材料不全 (required facts missing)",
        }
        : "(rejected)";

    private static string Suspension(string? code) => Enum.TryParse<SuspensionReason>(code, out var reason)
        ? reason switch
        {
            SuspensionReason.Calibration => "检定",
            SuspensionReason.Inspection => "检验",
            SuspensionReason.Testing => "检测",
            _ => "鉴定",
        }
        : "检验检测";
}

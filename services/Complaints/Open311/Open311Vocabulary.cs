using System.Globalization;
using PromoMonth.Complaints.Domain;

namespace PromoMonth.Complaints.Open311;

/// <summary>PromoMonth's cases in the words of GeoReport v2.</summary>
internal static class Open311Vocabulary
{
    public static string Name(CaseCategory category) => category switch
    {
        CaseCategory.Quality => "商品质量 (quality)",
        CaseCategory.Price => "价格 (price)",
        CaseCategory.FalseAdvertising => "虚假宣传 (false advertising)",
        CaseCategory.CounterfeitGoods => "假冒伪劣 (counterfeit goods)",
        CaseCategory.IntellectualProperty => "知识产权 (intellectual property)",
        CaseCategory.Safety => "安全 (safety)",
        CaseCategory.EpidemicPrevention => "疫情防控 (epidemic prevention)",
        CaseCategory.MarkMisuse => "冒用活动标识 (misuse of the campaign mark)",
        CaseCategory.Service => "服务 (service)",
        _ => "其他 (other)",
    };

    /// <summary>Maps PromoMonth's field names back to the form fields an Open311 client sent.</summary>
    public static string Field(string field) => field switch
    {
        "complainant.name" => "first_name/last_name",
        "complainant.phone" => "phone",
        "complainant.address" => "address_string",
        "respondent.name" => "attribute[respondent_name]",
        "respondent.creditCode" => "attribute[respondent_credit_code]",
        "respondent.regionCode" => "attribute[respondent_region]",
        "attachmentLinks" => "media_url",
        "amountInvolved" => "attribute[amount_involved]",
        "hotlineReference" => "attribute[case_reference]",
        _ => field,
    };

    public static string Notice(ComplaintCase c) =>
        $"已受理登记，将于 {Local(c.AcceptanceDueAt)} 前决定是否受理。Acceptance is decided by {Local(c.AcceptanceDueAt)}.";

    /// <summary>
    /// A request as the spec lists it: the latest step's public note, and the expected time from the statutory clock
    /// running now (moved by any suspension; none while the clocks stand still or once the case is closed).
    /// </summary>
    public static Open311ServiceRequest Request(ComplaintCase c)
    {
        var last = c.History.Count > 0 ? c.History[^1] : null;
        return new Open311ServiceRequest(
            c.Id.ToString(),
            c.IsOpen ? "open" : "closed",
            last is null ? null : Open311Notes.Public(last),
            Name(c.Category),
            Open311Api.Code(c.Category),
            c.Description,
            Open311Notes.Agency(c.ResponsibleRegion),
            Notice(c),
            Instant(c.ReceivedAt),
            Instant(c.UpdatedAt),
            Expected(c) is { } expected ? Instant(expected) : null,
            c.Respondent.Address,
            AddressId: null,
            Zipcode: null,
            c.Location?.Latitude,
            c.Location?.Longitude,
            c.AttachmentLinks.FirstOrDefault());
    }

    /// <summary>Each step of a case's history as an update; the first, its receipt, too.</summary>
    public static IEnumerable<Open311Update> Updates(ComplaintCase c) => c.History.Select((step, index) => new Open311Update(
        $"{c.Id}-{index}", c.Id.ToString(), Open311Notes.Status(step), step.Action, Instant(step.At), Open311Notes.Public(step),
        MediaUrl: ""));

    /// <summary>The deadline the case now runs against: the first of its running clocks, unless they stand still.</summary>
    private static DateTimeOffset? Expected(ComplaintCase c) => c.IsSuspended
        ? null
        : Enum.GetValues<CaseDeadline>().Select(c.RunningDueAt).Where(due => due is not null).Min();

    private static string Instant(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, StatutoryClock.Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

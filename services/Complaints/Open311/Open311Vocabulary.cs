using System.Globalization;
using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;

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
        _ => field,
    };

    public static string Notice(ComplaintCase c) =>
        $"已受理登记，将于 {Local(c.AcceptanceDueAt)} 前决定是否受理。Acceptance is decided by {Local(c.AcceptanceDueAt)}.";

    /// <summary>A request as the spec lists it; the expected time comes from the statutory clock running now.</summary>
    public static Open311ServiceRequest Request(ComplaintCase c)
    {
        var last = c.History.Count > 0 ? c.History[^1] : null;
        return new Open311ServiceRequest(
            c.Id.ToString(),
            c.IsOpen ? "open" : "closed",
            last?.Reason ?? c.Status.ToString(),
            Name(c.Category),
            Open311Api.Code(c.Category),
            c.Description,
            c.ResponsibleRegion is null ? "商务部（待分派）" : ReportingUnits.Find(c.ResponsibleRegion)?.NameZh + "商务主管部门",
            Notice(c),
            c.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
            (last?.At ?? c.CreatedAt).ToString("O", CultureInfo.InvariantCulture),
            (c.Status == CaseStatus.InMediation ? c.MediationDueAt : c.AcceptanceDueAt)?.ToString("O", CultureInfo.InvariantCulture),
            c.Respondent.Address,
            AddressId: null,
            Zipcode: null,
            Latitude: null,
            Longitude: null,
            c.AttachmentLinks.FirstOrDefault());
    }

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, StatutoryClock.Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

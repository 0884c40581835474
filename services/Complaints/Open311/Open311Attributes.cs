using System.Globalization;
using Microsoft.Extensions.Primitives;
using PromoMonth.Contracts;

namespace PromoMonth.Complaints.Open311;

/// <summary>
/// The attributes every complaint service declares in its definition, and the check of a posted form against them:
/// each declared datatype and required flag is enforced, and an attribute no definition declares is refused rather than
/// dropped, so a client learns at once that a value it sent would not be kept.
/// </summary>
internal static class Open311Attributes
{
    public const string CaseReference = "case_reference";
    public const string RespondentName = "respondent_name";
    public const string RespondentCreditCode = "respondent_credit_code";
    public const string RespondentRegion = "respondent_region";
    public const string AmountInvolved = "amount_involved";

    /// <summary>A plain decimal: no thousands separator, which would read "12,50" as 1250.</summary>
    public const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite
        | NumberStyles.AllowTrailingWhite;

    public static IReadOnlyList<Open311Attribute> All { get; } =
    [
        new(true, CaseReference, "string", false, "1 to 64 characters", 1,
            "Your own case reference: a post repeated with it answers the request already filed."),
        new(true, RespondentName, "string", true, "the business's name", 2, "被投诉经营者 The business complained about."),
        new(true, RespondentCreditCode, "string", false, "18 characters (GB 32100-2015)", 3,
            "统一社会信用代码 The business's unified social credit code, when known."),
        new(true, RespondentRegion, "singlevaluelist", false, "one of the values' keys", 4,
            "被投诉经营者所在地 Where the business operates: one of the 37 reporting units.",
            [.. ReportingUnits.InNoticeOrder.Select(u => new Open311AttributeValue(u.Code, u.NameZh))]),
        new(true, AmountInvolved, "number", false, "yuan, zero or more, at most two decimals", 5, "涉及金额 The amount involved."),
    ];

    /// <summary>The declared attributes' values as posted, or the description of each error in the spec's words.</summary>
    public static (Dictionary<string, string> Values, List<string> Errors) Read(IFormCollection form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var key in form.Keys.Where(k => k.StartsWith("attribute[", StringComparison.Ordinal)))
        {
            var code = key.EndsWith(']') ? key["attribute[".Length..^1] : key;
            if (All.All(a => a.Code != code))
            {
                errors.Add($"{key}: not an attribute of this service (see services/{{service_code}}.json).");
            }
        }
        foreach (var attribute in All)
        {
            var posted = Value(form[$"attribute[{attribute.Code}]"]);
            if (posted is null)
            {
                if (attribute.Required)
                {
                    errors.Add($"attribute[{attribute.Code}]: required.");
                }
                continue;
            }
            if (Invalid(attribute, posted) is { } why)
            {
                errors.Add($"attribute[{attribute.Code}]: {why}");
                continue;
            }
            values[attribute.Code] = posted;
        }
        return (values, errors);
    }

    private static string? Invalid(Open311Attribute attribute, string value) => attribute.Datatype switch
    {
        "number" when !decimal.TryParse(value, Number, CultureInfo.InvariantCulture, out _) => "a number is expected.",
        "singlevaluelist" when attribute.Values?.All(v => v.Key != value) == true => "one of the definition's value keys is expected.",
        _ => null,
    };

    private static string? Value(StringValues values) => values.ToString() is { Length: > 0 } value ? value.Trim() : null;
}

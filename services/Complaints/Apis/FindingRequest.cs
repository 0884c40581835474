using PromoMonth.Complaints.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of a finding: its kind and a summary.</summary>
public sealed record FindingRequest(string? Kind, string? Summary) : IDocumentedExample<FindingRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static FindingRequest Example => new("markMisuse", "门店在未授权的商品包装上使用活动标识。");

    public Validated<(FindingKind Kind, string Summary)> Validate()
    {
        var errors = new RequestErrors();
        var kind = QueryValues.Enum<FindingKind>(Kind, "kind", errors);
        if (kind is { } valid && !string.IsNullOrWhiteSpace(Summary))
        {
            return Validated.Valid((valid, Summary.Trim()));
        }
        if (!errors.Has("kind"))
        {
            errors.Add("kind", "counterfeit, markMisuse or safetyIncident, with a summary.");
        }
        return Validated.Invalid<(FindingKind, string)>(errors);
    }
}

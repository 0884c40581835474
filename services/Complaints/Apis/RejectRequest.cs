using PromoMonth.Complaints.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of a rejection: one of the rules' grounds, and a note.</summary>
public sealed record RejectRequest(string? Ground, string? Note) : IDocumentedExample<RejectRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static RejectRequest Example => new("outsideRemit", "属于劳动争议，已告知向劳动仲裁部门申请。");

    public Validated<(RejectionGround Ground, string? Note)> Validate()
    {
        // The parser's own message is replaced by the list of grounds, which says more to a handler.
        if (QueryValues.Enum<RejectionGround>(Ground, "ground", new RequestErrors()) is { } ground)
        {
            return Validated.Valid((ground, Note?.Trim()));
        }
        var grounds = string.Join(", ", Enum.GetNames<RejectionGround>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        return Validated.Invalid<(RejectionGround, string?)>(RequestErrors.Of("ground", $"One of: {grounds}."));
    }
}

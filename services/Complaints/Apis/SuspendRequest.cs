using PromoMonth.Complaints.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.OpenApi;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of a suspension: what the case waits on (calibration, inspection, testing, appraisal), and a note.</summary>
public sealed record SuspendRequest(string? Reason, string? Note) : IDocumentedExample<SuspendRequest>
{
    public const int MaxNoteLength = 1000;

    /// <summary>The example the OpenAPI document shows.</summary>
    public static SuspendRequest Example => new("testing", "样品已送省产品质量监督检验研究院检测，预计 10 个工作日出具报告。");

    public Validated<(SuspensionReason Reason, string? Note)> Validate()
    {
        var errors = new RequestErrors();
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            errors.Add("note", $"At most {MaxNoteLength} characters.");
        }
        // The parser's own message is replaced by the list of reasons, which says more to a handler.
        if (QueryValues.Enum<SuspensionReason>(Reason, "reason", new RequestErrors()) is not { } reason)
        {
            var reasons = string.Join(", ", Enum.GetNames<SuspensionReason>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
            errors.Add("reason", $"One of: {reasons}.");
            return Validated.Invalid<(SuspensionReason, string?)>(errors);
        }
        return errors.Any ? Validated.Invalid<(SuspensionReason, string?)>(errors) : Validated.Valid((reason, note));
    }
}

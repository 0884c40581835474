using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Apis;

/// <summary>A unit's report: totals per indicator code, optional city and key-enterprise breakdowns, and whether to submit.</summary>
public sealed record ReportRequest(Dictionary<string, decimal>? Values, List<CityValues>? Cities, List<EnterpriseValues>? Enterprises,
    bool? Submit)
{
    public const int MaxIdempotencyKeyLength = 100;

    /// <summary>
    /// The save to make: the content as the form checks it (absent parts empty, credit codes upper-case), and the
    /// retry key the save answers to. The form's own rules are checked with the form, when the report is saved.
    /// </summary>
    public Validated<SubmissionRequest> Validate(string periodCode, string regionCode, string? idempotencyKey)
    {
        var errors = new RequestErrors();
        if (idempotencyKey is { Length: > MaxIdempotencyKeyLength })
        {
            errors.Add("Idempotency-Key", $"At most {MaxIdempotencyKeyLength} characters.");
        }
        return Validated.From(errors, () => new SubmissionRequest(regionCode, periodCode, ToContent(), Submit ?? false, idempotencyKey));
    }

    public ReportContent ToContent() => new(
        Values ?? [],
        [.. (Cities ?? []).Select(c => new BreakdownEntry(c.Code ?? "", c.Values ?? []))],
        [.. (Enterprises ?? []).Select(e => new BreakdownEntry(e.CreditCode?.Trim().ToUpperInvariant() ?? "", e.Values ?? []))]);
}

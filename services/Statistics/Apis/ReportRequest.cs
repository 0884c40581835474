using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Reporting;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

/// <summary>A unit's report: totals per indicator code, optional city and key-enterprise breakdowns, and whether to submit.</summary>
public sealed record ReportRequest(Dictionary<string, decimal>? Values, List<CityValues>? Cities, List<EnterpriseValues>? Enterprises,
    bool? Submit) : IDocumentedExample<ReportRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static ReportRequest Example => new(
        new Dictionary<string,
        decimal> { ["activity_sessions"] = 120, ["sales_driven"] = 35_600_000m },
        [new CityValues("310100", new Dictionary<string, decimal> { ["activity_sessions"] = 120 })],
        [new EnterpriseValues("91310000MA1FL1234Q", new Dictionary<string, decimal> { ["key_enterprise_sales"] = 8_200_000m })],
        Submit: true);

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

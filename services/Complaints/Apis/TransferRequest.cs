using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of a transfer: the reporting unit that takes the case over, and why.</summary>
public sealed record TransferRequest(string? ToRegion, string? Reason) : IDocumentedExample<TransferRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static TransferRequest Example => new("320000", "被投诉门店位于江苏省苏州市。");

    public Validated<(string ToRegion, string Reason)> Validate() =>
        ToRegion is { } toRegion && ReportingUnits.IsKnown(toRegion) && !string.IsNullOrWhiteSpace(Reason)
            ? Validated.Valid((toRegion, Reason.Trim()))
            : Validated.Invalid<(string, string)>(
                RequestErrors.Of("toRegion", "A reporting unit's 6-digit code and a reason are required."));
}

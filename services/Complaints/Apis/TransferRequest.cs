using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of a transfer: the reporting unit that takes the case over, and why.</summary>
public sealed record TransferRequest(string? ToRegion, string? Reason)
{
    public Validated<(string ToRegion, string Reason)> Validate() =>
        ToRegion is { } toRegion && ReportingUnits.IsKnown(toRegion) && !string.IsNullOrWhiteSpace(Reason)
            ? Validated.Valid((toRegion, Reason.Trim()))
            : Validated.Invalid<(string, string)>(
                RequestErrors.Of("toRegion", "A reporting unit's 6-digit code and a reason are required."));
}

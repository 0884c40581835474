using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

public sealed record GraceRequest(int? GraceWorkingDays) : IDocumentedExample<GraceRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static GraceRequest Example => new(2);

    /// <summary>The grace in working days, from 0 to 60.</summary>
    public Validated<int> Validate() => GraceWorkingDays is { } days and >= 0 and <= 60
        ? Validated.Valid(days)
        : Validated.Invalid<int>(RequestErrors.Of("graceWorkingDays", "Between 0 and 60 working days."));
}

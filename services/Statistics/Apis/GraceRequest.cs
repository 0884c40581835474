using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

public sealed record GraceRequest(int? GraceWorkingDays)
{
    /// <summary>The grace in working days, from 0 to 60.</summary>
    public Validated<int> Validate() => GraceWorkingDays is { } days and >= 0 and <= 60
        ? Validated.Valid(days)
        : Validated.Invalid<int>(RequestErrors.Of("graceWorkingDays", "Between 0 and 60 working days."));
}

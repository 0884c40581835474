using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

/// <summary>A new period: due at <c>dueAt</c>, or at the end of <c>dueOn</c> in Asia/Shanghai.</summary>
public sealed record PeriodRequest(
    string? Code, string? CampaignCode, string? Kind, string? Name, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? DueOn,
    DateTimeOffset? DueAt, int? GraceWorkingDays) : IDocumentedExample<PeriodRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static PeriodRequest Example => new(
        "2021-D01",
        "2021",
        "daily",
        "2021年9月1日动态",
        new DateOnly(2021, 9, 1),
        new DateOnly(2021, 9, 1),
        new DateOnly(2021, 9, 2),
        null,
        0);

    /// <param name="campaignHasForm">Whether <see cref="CampaignCode"/> names a campaign with a form.</param>
    public Validated<PeriodDefinition> Validate(bool campaignHasForm)
    {
        var errors = new RequestErrors();
        var kind = QueryValues.Enum<PeriodKind>(Kind, "kind", errors);
        if (kind is null && !errors.Has("kind"))
        {
            errors.Add("kind", "One of: daily, interim, final.");
        }
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > 40 || !Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("code", "A code of letters, digits, hyphens and underscores (at most 40) is required.");
        }
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors.Add("name", "A name of at most 200 characters is required.");
        }
        if (StartsOn is null || EndsOn is null || EndsOn < StartsOn)
        {
            errors.Add("endsOn", "A span (startsOn ≤ endsOn) is required.");
        }
        var dueAt = DueAt?.ToUniversalTime() ?? (DueOn is { } dueOn ? PeriodDeadlines.EndOfDay(dueOn) : null);
        if ((DueOn is null) == (DueAt is null))
        {
            errors.Add("dueAt", "Either dueAt (an instant) or dueOn (a date, due at its end in Asia/Shanghai) is required.");
        }
        if (GraceWorkingDays is < 0 or > 60)
        {
            errors.Add("graceWorkingDays", "Between 0 and 60 working days.");
        }
        if (CampaignCode is null || !campaignHasForm)
        {
            errors.Add("campaignCode", "A campaign with a form is required.");
        }
        return Code is null || CampaignCode is null || kind is null || Name is null || StartsOn is null || EndsOn is null || dueAt is null
            ? Validated.Invalid<PeriodDefinition>(errors)
            : Validated.From(errors, () => new PeriodDefinition(Code, CampaignCode, kind.Value, Name.Trim(), StartsOn.Value, EndsOn.Value,
                dueAt.Value, GraceWorkingDays ?? CampaignPeriods.DefaultGraceWorkingDays));
    }
}

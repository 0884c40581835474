using PromoMonth.Statistics.Domain;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

public sealed record CompletenessResponse(string PeriodCode, DateTimeOffset DueAt, DateTimeOffset LockAt, int Expected, int Submitted,
    int OnTime, int Late, int Missing, List<MissingUnit> MissingUnits, FigureLevel Level) : IDocumentedExample<CompletenessResponse>
{
    /// <summary>The example the OpenAPI document shows: the first two weeks, two days after their due date.</summary>
    public static CompletenessResponse Example => new(
        "2020-first-two-weeks", new DateTimeOffset(2020, 9, 25, 18, 0, 0, TimeSpan.FromHours(8)),
        new DateTimeOffset(2020, 10, 9, 18, 0, 0, TimeSpan.FromHours(8)), 37, 36, 34, 2, 1,
        [new MissingUnit("650000", "新疆维吾尔自治区", "Xinjiang", Contacts: null)], FigureLevel.Submitted);
}

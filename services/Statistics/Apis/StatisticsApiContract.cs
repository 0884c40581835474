namespace PromoMonth.Statistics.Apis;

/// <summary>What the statistics service's OpenAPI document tells reporting units and the ministry.</summary>
internal static class StatisticsApiContract
{
    public const string Title = "PromoMonth statistics intake";

    public const string Description =
        "The central effectiveness form: the ministry opens reporting periods with due dates, each of the 37 reporting units "
        + "submits one report per period, and the service keeps the national roll-ups, completeness and timeliness, the "
        + "corrections' review, cross-checks and outliers.";

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Reporting units"] = "The 37 reporting units of the notice: provinces, plan-cities and the Corps, by 6-digit code.",
        ["Responsible contacts"] = "Each unit's responsible contacts for the statistics, replaced as a whole.",
        ["Forms"] = "The effectiveness form of a campaign: its indicators and their rules.",
        ["Reporting periods"] = "Periods with their due dates, opened by the ministry, and grace granted to a unit.",
        ["Reports"] = "One unit's values for one period: submitted, read, and listed.",
        ["Report approval"] = "The ministry accepts a submitted report (locking it for the unit) or returns it with a reason; "
            + "roll-ups and completeness can count the accepted reports only.",
        ["Corrections"] = "Changes to a submitted report, requested by the unit and approved or rejected by the ministry.",
        ["Bulk import"] = "Many reports at once from a CSV or JSON file, validated row by row.",
        ["Roll-ups"] = "National and per-unit totals of a period, and the campaign's totals by day, kept as reports arrive.",
        ["Completeness"] = "Which units reported each period, on time or late, and which are missing.",
        ["Cross-checks"] = "Reports whose values disagree with the registry's and licensing's own counts.",
        ["Outliers"] = "Reports far from their unit's history or from the other units, for review.",
        ["Campaign summaries"] = "Each unit's written summary of the campaign, due after it ends.",
        ["Complaint counts"] = "Complaint cases by region and category, as statistics keeps them from the complaints service.",
    };
}

using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

public sealed record SummaryRequest(string? OverallSituation, string? Experiences, string? Recommendations)
    : IDocumentedExample<SummaryRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static SummaryRequest Example => new("全市共举办重点活动320场，拉动销售额58亿元。", "夜间经济与直播带货相结合，客流明显回升。", "建议明年提前发布活动目录，便于企业备货。");

    /// <summary>The summary's three parts, each required; and the unit's submitted whole-campaign report it is tied to.</summary>
    /// <param name="final">The campaign's last whole-campaign period.</param>
    /// <param name="report">The unit's submitted report for <paramref name="final"/>, if there is one.</param>
    public Validated<(SummaryText Text, Report Report)> Validate(ReportingPeriod final, Report? report)
    {
        var errors = new RequestErrors();
        var overall = Require(OverallSituation, "overallSituation", errors);
        var experiences = Require(Experiences, "experiences", errors);
        var recommendations = Require(Recommendations, "recommendations", errors);
        if (report is null)
        {
            errors.Add("report", $"Submit the whole-campaign report ({final.Code}) first: the summary is tied to it.");
        }
        return overall is null || experiences is null || recommendations is null || report is null
            ? Validated.Invalid<(SummaryText, Report)>(errors)
            : Validated.Valid((new SummaryText(overall, experiences, recommendations), report));
    }

    private static string? Require(string? text, string field, RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > SummaryText.MaxLength)
        {
            errors.Add(field, $"Required, at most {SummaryText.MaxLength:N0} characters.");
            return null;
        }
        return text.Trim();
    }
}

using PromoMonth.Statistics.Domain;
using System.Text.Json;
using PromoMonth.Contracts;
using PromoMonth.Statistics.Spreadsheets;

namespace PromoMonth.Statistics.Apis;

/// <summary>Every unit's status for every period of a campaign, in the notice's order of units and the periods' due order.</summary>
public sealed record CampaignCompletenessResponse(
    string CampaignCode, List<CompletenessPeriod> Periods, List<UnitCompleteness> Units, FigureLevel Level)
{
    internal static CampaignCompletenessResponse From(string campaignCode, CompletenessMatrix matrix, FigureLevel level) => new(
        campaignCode,
        [.. matrix.Periods.Select(p => new CompletenessPeriod(p.Code, p.Name, p.DueAt))],
        [.. ReportingUnits.InNoticeOrder.Select(u => new UnitCompleteness(u.Code, u.NameZh,
            matrix.Periods.ToDictionary(
                p => p.Code, p => JsonNamingPolicy.CamelCase.ConvertName(matrix.StatusOf(u.Code, p.Code).ToString()),
                StringComparer.Ordinal)))],
        level);
}

public sealed record CompletenessPeriod(string Code, string Name, DateTimeOffset DueAt);

/// <summary>One unit's status per period code: onTime, late, missing or notDue.</summary>
public sealed record UnitCompleteness(string RegionCode, string NameZh, Dictionary<string, string> Statuses);

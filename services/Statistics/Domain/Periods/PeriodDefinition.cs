namespace PromoMonth.Statistics.Domain.Periods;

/// <summary>What opening a period takes: its code, campaign, kind, name, span, due time and grace in working days.</summary>
public sealed record PeriodDefinition(
    string Code, string CampaignCode, PeriodKind Kind, string Name, DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset DueAt,
        int GraceWorkingDays);

namespace PromoMonth.Statistics.Apis;

public sealed record CompletenessResponse(string PeriodCode, DateTimeOffset DueAt, DateTimeOffset LockAt, int Expected, int Submitted,
    int OnTime, int Late, int Missing, List<MissingUnit> MissingUnits);

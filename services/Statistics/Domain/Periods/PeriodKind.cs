namespace PromoMonth.Statistics.Domain.Periods;

public enum PeriodKind
{
    /// <summary>One campaign day of dynamic tracking, due the next day.</summary>
    Daily,

    /// <summary>An interim report such as the first two weeks.</summary>
    Interim,

    /// <summary>The whole campaign, with its narrative summary.</summary>
    Final,
}

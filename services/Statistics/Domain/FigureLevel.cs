namespace PromoMonth.Statistics.Domain;

/// <summary>Which figures a roll-up or completeness counts: every submitted report, or only those the ministry accepted.</summary>
public enum FigureLevel
{
    Submitted,
    Accepted,
}

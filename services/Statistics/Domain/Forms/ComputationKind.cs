namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>How a computed indicator is derived, always from summed indicators of the same level.</summary>
public enum ComputationKind
{
    /// <summary>(numerator − denominator) / denominator × 100: growth over the same period last year.</summary>
    YearOnYearGrowth,

    /// <summary>numerator / denominator × 100: a share.</summary>
    Share,
}

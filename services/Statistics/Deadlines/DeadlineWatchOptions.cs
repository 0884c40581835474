using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Deadlines;

public sealed class DeadlineWatchOptions
{
    /// <summary>How often the watch looks for periods falling due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many working days before a period's due time units still missing are warned.</summary>
    public int WarningLeadWorkingDays { get; set; } = DeadlineWarning.DefaultLeadWorkingDays;
}

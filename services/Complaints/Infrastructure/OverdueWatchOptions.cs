using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Complaints.Infrastructure;

public sealed class OverdueWatchOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many working days before each statutory deadline the responsible unit is warned.</summary>
    public int WarningLeadWorkingDays { get; set; } = DeadlineWarning.DefaultLeadWorkingDays;
}

namespace PromoMonth.Statistics.Deadlines;

public sealed class DeadlineWatchOptions
{
    /// <summary>How often the watch looks for periods falling due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long before a period's due time units still missing are reminded.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);
}

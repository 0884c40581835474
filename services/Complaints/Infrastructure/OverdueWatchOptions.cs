namespace PromoMonth.Complaints.Infrastructure;

public sealed class OverdueWatchOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

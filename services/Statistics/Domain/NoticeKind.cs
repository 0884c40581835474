namespace PromoMonth.Statistics.Domain;

public enum NoticeKind
{
    Reminder,
    Overdue,
}

namespace PromoMonth.Complaints.Infrastructure;

public sealed class IntakeOptions
{
    /// <summary>Cases with the same phone, respondent and category this close in time are linked as possible duplicates.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromDays(30);
}

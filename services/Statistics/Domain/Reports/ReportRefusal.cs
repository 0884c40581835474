using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>Why a report may not change as asked: the problem's title (the same for every case of the rule) and its detail.</summary>
public sealed record ReportRefusal(string Title, string Detail)
{
    public const string LockedTitle = "The report is locked.";
    public const string WrongWayTitle = "The report cannot change that way.";

    public static ReportRefusal Locked(Periods.ReportingPeriod period) => new(LockedTitle,
        $"Period {period.Code} locked at {period.LockAt:u}; changing the report takes a correction request the ministry approves.");

    public static ReportRefusal Accepted { get; } = new(LockedTitle,
        "The ministry accepted the report; it changes only after the ministry unaccepts it.");

    public static ReportRefusal BackToDraft { get; } = new(WrongWayTitle,
        "The report is submitted; it changes by resubmitting, not by going back to draft.");

    /// <summary>Two saves of one report at the same moment: the later loses and reads the winner's result.</summary>
    public static ReportRefusal SavedMeanwhile { get; } = new(WrongWayTitle,
        "The report was saved by someone else at the same moment; read it and try again.");

    public ConflictException ToException() => new(Detail, Title);
}

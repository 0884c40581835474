using PromoMonth.Contracts;

namespace PromoMonth.Complaints.Domain;

/// <summary>One consumer complaint or report, as a hotline posted it, with its routing and statutory clocks.</summary>
public sealed class ComplaintCase
{
    private ComplaintCase()
    {
    }

    public Guid Id { get; private init; }
    public string HotlineClientId { get; private init; } = string.Empty;
    /// <summary>The hotline's own case reference: unique per hotline, so a retried POST finds the first case.</summary>
    public string HotlineReference { get; private init; } = string.Empty;
    /// <summary>A digest of the posted body: the same reference with another body is a conflict, not a retry.</summary>
    public string RequestDigest { get; private init; } = string.Empty;
    public string Channel { get; private init; } = string.Empty;
    public DateTimeOffset ReceivedAt { get; private init; }
    public CaseKind Kind { get; private init; }
    public CaseCategory Category { get; private init; }
    public Complainant Complainant { get; private init; } = new(null, null, null);
    public Respondent Respondent { get; private init; } = new("", null, null, null);
    public Guid? ActivityId { get; private init; }
    public string Description { get; private init; } = string.Empty;
    public decimal? AmountInvolved { get; private init; }
    public List<string> AttachmentLinks { get; private init; } = [];
    public string? ResponsibleRegion { get; private set; }
    public RoutedBy RoutedBy { get; private set; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset AcceptanceDueAt { get; private init; }
    public DateTimeOffset? VerificationDueAt { get; private init; }
    /// <summary>False when the receipt falls in a year the holiday schedule does not cover (Monday-Friday counted).</summary>
    public bool CalendarCovered { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? MediationDueAt { get; private set; }
    /// <summary>Set once, by whichever replica's watch claims the case first: the overdue event goes out once.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; set; }
    public List<CaseStep> History { get; private init; } = [];
    public List<Finding> Findings { get; private init; } = [];

    /// <summary>See <see cref="Domain.DuplicateKey"/>; null when the complainant gave no phone.</summary>
    public string? DuplicateKey { get; private init; }

    /// <summary>Earlier cases with the same phone, respondent and category within the window: linked for the handler, never merged.</summary>
    public List<Guid> PossibleDuplicates { get; private set; } = [];

    /// <summary>The case concerns the campaign (its mark, or a catalog activity) and the respondent holds no active licence.</summary>
    public bool PossibleMarkMisuse { get; private set; }

    public bool IsOpen => Status is CaseStatus.Received or CaseStatus.Accepted or CaseStatus.InMediation;

    /// <summary>Accepts the case; a complaint goes to mediation, whose 45-working-day clock starts now.</summary>
    public void Accept(string by, DateTimeOffset now, WorkdayCalendar calendar)
    {
        Require(Status == CaseStatus.Received, "Only a received case can be accepted.");
        Status = Kind == CaseKind.Complaint ? CaseStatus.InMediation : CaseStatus.Accepted;
        MediationDueAt = Kind == CaseKind.Complaint ? StatutoryClock.DueAfter(now, StatutoryClock.MediationWorkingDays, calendar) : null;
        History.Add(new CaseStep("accept", Status, by, now, null));
    }

    public void Reject(RejectionGround ground, string? note, string by, DateTimeOffset now)
    {
        Require(Status == CaseStatus.Received, "Only a received case can be rejected.");
        Status = CaseStatus.Rejected;
        History.Add(new CaseStep("reject", Status, by, now, note is null ? ground.ToString() : $"{ground}: {note}"));
    }

    public void Resolve(string outcome, string by, DateTimeOffset now)
    {
        Require(Status is CaseStatus.Accepted or CaseStatus.InMediation, "Only an accepted case can be resolved.");
        Status = CaseStatus.Resolved;
        History.Add(new CaseStep("resolve", Status, by, now, outcome));
    }

    /// <summary>Hands the case to another unit; the clocks carry on as they were.</summary>
    public void Transfer(string toRegion, string reason, string by, DateTimeOffset now)
    {
        Require(IsOpen, "A closed case is not transferred.");
        Require(toRegion != ResponsibleRegion, "The case is already with that unit.");
        History.Add(new CaseStep("transfer", Status, by, now, reason, ResponsibleRegion, toRegion));
        ResponsibleRegion = toRegion;
    }

    public void RecordFinding(Finding finding)
    {
        Require(Status is CaseStatus.Accepted or CaseStatus.InMediation or CaseStatus.Resolved, "A finding is recorded on an accepted case.");
        Findings.Add(finding);
        History.Add(new CaseStep("finding", Status, finding.By, finding.At, $"{finding.Kind}: {finding.Summary}"));
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new CaseConflictException(message);
        }
    }

    public void Flag(IReadOnlyCollection<Guid> possibleDuplicates, bool possibleMarkMisuse)
    {
        PossibleDuplicates = [.. possibleDuplicates];
        PossibleMarkMisuse = possibleMarkMisuse;
    }

    /// <summary>Whether the case is about the campaign itself, so that a respondent without a licence is worth a flag.</summary>
    public bool ConcernsTheCampaign => Category == CaseCategory.MarkMisuse || ActivityId is not null;

    public static ComplaintCase Receive(CaseIntake intake, string hotlineClientId, string digest, (string? Region, RoutedBy By) route, WorkdayCalendar calendar, DateTimeOffset now)
    {
        var receiptDay = PromoMonth.ServiceDefaults.ShanghaiCalendar.DayOf(intake.ReceivedAt);
        return new ComplaintCase
        {
            Id = Guid.CreateVersion7(now),
            HotlineClientId = hotlineClientId,
            HotlineReference = intake.HotlineReference,
            RequestDigest = digest,
            Channel = intake.Channel,
            ReceivedAt = intake.ReceivedAt,
            Kind = intake.Kind,
            Category = intake.Category,
            Complainant = intake.Complainant,
            Respondent = intake.Respondent,
            ActivityId = intake.ActivityId,
            Description = intake.Description,
            AmountInvolved = intake.AmountInvolved,
            AttachmentLinks = [.. intake.AttachmentLinks],
            ResponsibleRegion = route.Region,
            RoutedBy = route.By,
            Status = CaseStatus.Received,
            AcceptanceDueAt = StatutoryClock.DueAfter(intake.ReceivedAt, StatutoryClock.AcceptanceWorkingDays, calendar),
            VerificationDueAt = intake.Kind == CaseKind.Report ? StatutoryClock.DueAfter(intake.ReceivedAt, StatutoryClock.ReportVerificationWorkingDays, calendar) : null,
            CalendarCovered = calendar.Covers(receiptDay),
            CreatedAt = now,
            DuplicateKey = Domain.DuplicateKey.For(intake.Complainant, intake.Respondent, intake.Category),
            History = [new CaseStep("receive", CaseStatus.Received, hotlineClientId, now, null, null, route.Region)],
        };
    }
}

/// <summary>A validated intake, as the domain takes it.</summary>
public sealed record CaseIntake(string HotlineReference, string Channel, DateTimeOffset ReceivedAt, CaseKind Kind, CaseCategory Category,
    Complainant Complainant, Respondent Respondent, Guid? ActivityId, string Description, decimal? AmountInvolved, IReadOnlyList<string> AttachmentLinks);

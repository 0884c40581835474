using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Complaints.Domain;

/// <summary>
/// One consumer complaint or report, as a hotline posted it, with its routing and statutory clocks. Each step checks
/// that the case's state allows it and records the event it causes.
/// </summary>
public sealed class ComplaintCase : AggregateRoot
{
    /// <summary>The title of every refused step, so that clients can group the refusals.</summary>
    public const string StepNotAllowed = "This step is not allowed in the case's current state.";

    public const int MaxDescriptionLength = 4000;

    /// <summary>The largest amount the store keeps (numeric(14,2)): a larger one is the caller's error, not the database's.</summary>
    public const decimal MaxAmountInvolved = 999_999_999_999.99m;

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
    public DateTimeOffset AcceptanceDueAt { get; private set; }
    public DateTimeOffset? VerificationDueAt { get; private set; }
    /// <summary>False when the receipt falls in a year the holiday schedule does not cover (Monday-Friday counted).</summary>
    public bool CalendarCovered { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? MediationDueAt { get; private set; }
    /// <summary>Set once, by whichever replica's watch claims the case first: the overdue event goes out once.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; private set; }
    /// <summary>Since when the case waits on an inspection, test or appraisal: its clocks stand still meanwhile.</summary>
    public DateTimeOffset? SuspendedSince { get; private set; }
    public SuspensionReason? SuspendedFor { get; private set; }
    /// <summary>The working days all the case's suspensions so far added to its deadlines.</summary>
    public int SuspendedWorkingDays { get; private set; }
    /// <summary>When each deadline's approach was announced: once per deadline, again only after a suspension moved it.</summary>
    public DateTimeOffset? AcceptanceWarnedAt { get; private set; }
    public DateTimeOffset? MediationWarnedAt { get; private set; }
    public DateTimeOffset? VerificationWarnedAt { get; private set; }
    public List<CaseStep> History { get; private init; } = [];

    /// <summary>The row's version in the store (PostgreSQL's xmin): of two steps taken at once, the second fails.</summary>
    public uint RowVersion { get; private set; }
    /// <summary>When the case last changed (its last step): what Open311's updates and <c>updated_datetime</c> read.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Where the problem is, when the hotline gave a point (Open311's <c>lat</c>/<c>long</c>).</summary>
    public GeoPoint? Location { get; private init; }
    public List<Finding> Findings { get; private init; } = [];

    /// <summary>See <see cref="Domain.DuplicateKey"/>; null when the complainant gave no phone.</summary>
    public string? DuplicateKey { get; private init; }

    /// <summary>
    /// Earlier cases with the same phone, respondent and category within the window: linked for the handler, never merged.
    /// </summary>
    public List<Guid> PossibleDuplicates { get; private set; } = [];

    /// <summary>The case concerns the campaign (its mark, or a catalog activity) and the respondent holds no active licence.</summary>
    public bool PossibleMarkMisuse { get; private set; }

    public bool IsOpen => Status is CaseStatus.Received or CaseStatus.Accepted or CaseStatus.InMediation;

    public bool IsSuspended => SuspendedSince is not null;

    /// <summary>Whether the case is about the campaign itself, so that a respondent without a licence is worth a flag.</summary>
    public bool ConcernsTheCampaign => Category == CaseCategory.MarkMisuse || ActivityId is not null;

    /// <summary>Who handles the case: the unit of its region, or the ministry (bound to none); a triage case only the ministry.</summary>
    public bool IsHandledBy(string? boundRegion) => boundRegion is null || ResponsibleRegion == boundRegion;

    /// <summary>Still undecided when its acceptance deadline has passed, and not waiting with its clocks stopped.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Status == CaseStatus.Received && !IsSuspended && now >= AcceptanceDueAt;

    /// <summary>
    /// When the deadline falls due while its clock runs: acceptance until decided, mediation while in it, verification
    /// while the case is open; null when that clock does not run.
    /// </summary>
    public DateTimeOffset? RunningDueAt(CaseDeadline deadline) => deadline switch
    {
        CaseDeadline.Acceptance when Status == CaseStatus.Received => AcceptanceDueAt,
        CaseDeadline.Mediation when Status == CaseStatus.InMediation => MediationDueAt,
        CaseDeadline.Verification when IsOpen => VerificationDueAt,
        _ => null,
    };

    /// <summary>A new case from a hotline, routed, with its clocks started at the hotline's receipt.</summary>
    public static ComplaintCase Receive(
        CaseIntake intake, string hotlineClientId, string digest, (string? Region, RoutedBy By) route, WorkdayCalendar calendar,
        DateTimeOffset now)
    {
        var receiptDay = ShanghaiCalendar.DayOf(intake.ReceivedAt);
        var complaint = new ComplaintCase
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
            VerificationDueAt = intake.Kind == CaseKind.Report
                ? StatutoryClock.DueAfter(intake.ReceivedAt, StatutoryClock.ReportVerificationWorkingDays, calendar)
                : null,
            CalendarCovered = calendar.Covers(receiptDay),
            CreatedAt = now,
            DuplicateKey = Domain.DuplicateKey.For(intake.Complainant, intake.Respondent, intake.Category),
            History = [new CaseStep("receive", CaseStatus.Received, hotlineClientId, now, null, null, route.Region)],
            UpdatedAt = now,
            Location = intake.Location,
        };
        complaint.Raise(new ComplaintReceivedDomainEvent(
            complaint.Id, complaint.Kind, complaint.Category, complaint.ResponsibleRegion, complaint.Respondent.CreditCode,
            complaint.ActivityId, complaint.ReceivedAt, complaint.AcceptanceDueAt, complaint.HotlineClientId));
        return complaint;
    }

    /// <summary>Links possible duplicates and flags possible misuse of the mark, for the handler to judge.</summary>
    public void Flag(IReadOnlyCollection<Guid> possibleDuplicates, bool possibleMarkMisuse)
    {
        PossibleDuplicates = [.. possibleDuplicates];
        PossibleMarkMisuse = possibleMarkMisuse;
    }

    /// <summary>Accepts the case; a complaint goes to mediation, whose 45-working-day clock starts now.</summary>
    public void Accept(string by, DateTimeOffset now, WorkdayCalendar calendar)
    {
        Require(Status == CaseStatus.Received, "Only a received case can be accepted.");
        RequireRunning();
        Status = Kind == CaseKind.Complaint ? CaseStatus.InMediation : CaseStatus.Accepted;
        MediationDueAt = Kind == CaseKind.Complaint
            ? StatutoryClock.DueAfter(now, StatutoryClock.MediationWorkingDays, calendar)
            : null;
        Record(new CaseStep("accept", Status, by, now, null));
        Raise(new ComplaintAcceptedDomainEvent(Id, ResponsibleRegion, now, HotlineClientId));
    }

    public void Reject(RejectionGround ground, string? note, string by, DateTimeOffset now)
    {
        Require(Status == CaseStatus.Received, "Only a received case can be rejected.");
        RequireRunning();
        Status = CaseStatus.Rejected;
        Record(new CaseStep("reject", Status, by, now, note is null ? ground.ToString() : $"{ground}: {note}", Code: ground.ToString()));
        Raise(new ComplaintRejectedDomainEvent(Id, ground, now));
    }

    public void Resolve(string outcome, string by, DateTimeOffset now)
    {
        Require(Status is CaseStatus.Accepted or CaseStatus.InMediation, "Only an accepted case can be resolved.");
        RequireRunning();
        Status = CaseStatus.Resolved;
        Record(new CaseStep("resolve", Status, by, now, outcome));
        Raise(new ComplaintResolvedDomainEvent(Id, ResponsibleRegion, now, HotlineClientId));
    }

    /// <summary>Stops the case's clocks while it waits on a calibration, inspection, test or appraisal.</summary>
    public void Suspend(SuspensionReason reason, string? note, string by, DateTimeOffset now)
    {
        Require(IsOpen, "Only an open case's clocks are suspended.");
        Require(!IsSuspended, "The case is suspended already.");
        SuspendedSince = now;
        SuspendedFor = reason;
        Record(new CaseStep("suspend", Status, by, now, note is null ? reason.ToString() : $"{reason}: {note}", Code: reason.ToString()));
        Raise(new ComplaintSuspendedDomainEvent(Id, ResponsibleRegion, reason, now));
    }

    /// <summary>
    /// Starts the clocks again: each deadline still running moves by the working days the case waited (see
    /// <see cref="StatutoryClock.SuspendedWorkingDays"/>), and a moved deadline is warned of again before its new day.
    /// </summary>
    public void Resume(string by, DateTimeOffset now, WorkdayCalendar calendar)
    {
        Require(SuspendedSince is not null, "Only a suspended case resumes.");
        var days = StatutoryClock.SuspendedWorkingDays(SuspendedSince!.Value, now, calendar);
        if (days > 0)
        {
            if (RunningDueAt(CaseDeadline.Acceptance) is { } acceptance)
            {
                AcceptanceDueAt = StatutoryClock.MovedBy(acceptance, days, calendar);
                AcceptanceWarnedAt = null;
            }
            if (RunningDueAt(CaseDeadline.Mediation) is { } mediation)
            {
                MediationDueAt = StatutoryClock.MovedBy(mediation, days, calendar);
                MediationWarnedAt = null;
            }
            if (RunningDueAt(CaseDeadline.Verification) is { } verification)
            {
                VerificationDueAt = StatutoryClock.MovedBy(verification, days, calendar);
                VerificationWarnedAt = null;
            }
        }
        SuspendedSince = null;
        SuspendedFor = null;
        SuspendedWorkingDays += days;
        Record(new CaseStep("resume", Status, by, now, $"{days} working days added to the running deadlines"));
        Raise(new ComplaintResumedDomainEvent(Id, ResponsibleRegion, days, now));
    }

    /// <summary>
    /// Announces that a running deadline is near (within the lead, not passed), once per deadline, whichever replica's
    /// watch claims the case first. A suspended case's clocks stand still, so it is never warned.
    /// </summary>
    /// <returns>Whether the warning was announced now.</returns>
    public bool WarnOfDeadline(CaseDeadline deadline, DateTimeOffset now, int leadWorkingDays, WorkdayCalendar calendar)
    {
        if (IsSuspended || RunningDueAt(deadline) is not { } dueAt || WarnedAt(deadline) is not null
            || !DeadlineWarning.IsDue(dueAt, now, leadWorkingDays, calendar))
        {
            return false;
        }
        switch (deadline)
        {
            case CaseDeadline.Acceptance:
                AcceptanceWarnedAt = now;
                break;
            case CaseDeadline.Mediation:
                MediationWarnedAt = now;
                break;
            default:
                VerificationWarnedAt = now;
                break;
        }
        Raise(new ComplaintDeadlineApproachingDomainEvent(Id, ResponsibleRegion, deadline, dueAt, now));
        return true;
    }

    public DateTimeOffset? WarnedAt(CaseDeadline deadline) => deadline switch
    {
        CaseDeadline.Acceptance => AcceptanceWarnedAt,
        CaseDeadline.Mediation => MediationWarnedAt,
        _ => VerificationWarnedAt,
    };

    /// <summary>Hands the case to another unit; the clocks carry on as they were.</summary>
    public void Transfer(string toRegion, string reason, string by, DateTimeOffset now)
    {
        Require(IsOpen, "A closed case is not transferred.");
        Require(toRegion != ResponsibleRegion, "The case is already with that unit.");
        var fromRegion = ResponsibleRegion;
        Record(new CaseStep("transfer", Status, by, now, reason, fromRegion, toRegion));
        ResponsibleRegion = toRegion;
        Raise(new ComplaintTransferredDomainEvent(Id, fromRegion, toRegion, now));
    }

    /// <summary>
    /// Why a finding of this kind cannot rest on this case whatever its state (null when it can): a safety incident
    /// flags a catalog activity, and counterfeiting suspends the licences of a respondent known by credit code.
    /// </summary>
    public string? FindingGroundsMissing(FindingKind kind) => kind switch
    {
        FindingKind.SafetyIncident when ActivityId is null => "A safety incident is recorded on a case about a catalog activity.",
        FindingKind.Counterfeit when Respondent.CreditCode is null => "A counterfeiting finding needs the respondent's credit code.",
        _ => null,
    };

    /// <summary>Records a finding on an accepted case; its event acts on licences or flags the activity.</summary>
    public void RecordFinding(FindingKind kind, string summary, string by, DateTimeOffset now)
    {
        IDomainEvent found = kind switch
        {
            FindingKind.Counterfeit when Respondent.CreditCode is { } code =>
                new CounterfeitConfirmedDomainEvent(Id, code, ActivityId, summary, now),
            FindingKind.MarkMisuse => new MarkMisuseConfirmedDomainEvent(Id, Respondent.CreditCode, ActivityId, summary, now),
            FindingKind.SafetyIncident when ActivityId is { } activity =>
                new SafetyIncidentReportedDomainEvent(Guid.CreateVersion7(now), activity, summary, now),
            _ => throw new ConflictException(FindingGroundsMissing(kind) ?? $"No finding of kind {kind}.", StepNotAllowed),
        };
        Require(
            Status is CaseStatus.Accepted or CaseStatus.InMediation or CaseStatus.Resolved,
            "A finding is recorded on an accepted case.");
        Findings.Add(new Finding(kind, summary, by, now));
        Record(new CaseStep("finding", Status, by, now, $"{kind}: {summary}", Code: kind.ToString()));
        Raise(found);
    }

    /// <summary>Marks a case announced as past its acceptance deadline: once, whichever replica claims it first.</summary>
    public void MarkOverdueAnnounced(DateTimeOffset now)
    {
        Require(IsOverdueAt(now), "Only a received case past its acceptance deadline is announced overdue.");
        Require(OverdueNotifiedAt is null, "The case was announced overdue before.");
        OverdueNotifiedAt = now;
        Raise(new ComplaintOverdueDomainEvent(Id, ResponsibleRegion, AcceptanceDueAt, now, HotlineClientId));
    }

    /// <summary>Every step after the receipt: kept in the history, and the case's last change moves with it.</summary>
    private void Record(CaseStep step)
    {
        History.Add(step);
        UpdatedAt = step.At;
    }

    private void RequireRunning() =>
        Require(!IsSuspended, "The case is suspended: resume it when the inspection, test or appraisal is done.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ConflictException(message, StepNotAllowed);
        }
    }
}

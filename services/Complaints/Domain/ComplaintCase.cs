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

    public static ComplaintCase Receive(CaseIntake intake, string hotlineClientId, string digest, (string? Region, RoutedBy By) route, WorkdayCalendar calendar, DateTimeOffset now)
    {
        var receiptDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(intake.ReceivedAt, StatutoryClock.Shanghai).DateTime);
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
        };
    }
}

/// <summary>A validated intake, as the domain takes it.</summary>
public sealed record CaseIntake(string HotlineReference, string Channel, DateTimeOffset ReceivedAt, CaseKind Kind, CaseCategory Category,
    Complainant Complainant, Respondent Respondent, Guid? ActivityId, string Description, decimal? AmountInvolved, IReadOnlyList<string> AttachmentLinks);

namespace PromoMonth.Complaints.Domain;

/// <summary>The rules' grounds for not accepting a case.</summary>
public enum RejectionGround
{
    OutsideRemit,
    HandledByCourtArbitrationOrAssociation,
    NotForPersonalConsumption,
    OlderThanThreeYears,
    RequiredFieldsMissing,
}

public enum FindingKind
{
    Counterfeit,
    MarkMisuse,
    SafetyIncident,
}

/// <summary>One step in a case's history: who, when, why; a transfer names both regions.</summary>
public sealed record CaseStep(string Action, CaseStatus To, string By, DateTimeOffset At, string? Reason, string? FromRegion = null, string? ToRegion = null);

public sealed record Finding(FindingKind Kind, string Summary, string By, DateTimeOffset At);

/// <summary>A step the case's state does not allow; the API answers 409.</summary>
public sealed class CaseConflictException : Exception
{
    public CaseConflictException()
        : base("This step is not allowed in the case's current state.")
    {
    }

    public CaseConflictException(string message)
        : base(message)
    {
    }

    public CaseConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

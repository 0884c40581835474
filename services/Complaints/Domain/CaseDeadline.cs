namespace PromoMonth.Complaints.Domain;

/// <summary>The statutory deadlines a case can run against.</summary>
public enum CaseDeadline
{
    /// <summary>Accept or reject within 7 working days of receipt.</summary>
    Acceptance,

    /// <summary>Mediate within 45 working days of acceptance.</summary>
    Mediation,

    /// <summary>Verify a report within 15 working days of receipt.</summary>
    Verification,
}

namespace PromoMonth.Complaints.Domain;

/// <summary>What a handler found: each kind acts elsewhere (licences suspended, an activity flagged).</summary>
public enum FindingKind
{
    Counterfeit,
    MarkMisuse,
    SafetyIncident,
}

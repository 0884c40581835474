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

namespace PromoMonth.Complaints.Domain;

/// <summary>
/// What a case waits on outside the handler's hands, as the SAMR rules list it (检定、检验、检测、鉴定): the time it takes is
/// not counted against the case's clocks.
/// </summary>
public enum SuspensionReason
{
    Calibration,
    Inspection,
    Testing,
    Appraisal,
}

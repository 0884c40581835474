namespace PromoMonth.Complaints.Domain;

/// <summary>A consumer dispute (投诉), or a tip-off about a violation (举报).</summary>
public enum CaseKind
{
    Complaint,
    Report,
}

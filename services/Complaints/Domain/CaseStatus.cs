namespace PromoMonth.Complaints.Domain;

public enum CaseStatus
{
    Received,
    Accepted,
    Rejected,
    InMediation,
    Resolved,
    Closed,
}

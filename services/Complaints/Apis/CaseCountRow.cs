using PromoMonth.Complaints.Domain;

namespace PromoMonth.Complaints.Apis;

/// <summary>Cases of one unit ("triage" for the ministry's queue) and category: received, still open, overdue.</summary>
public sealed record CaseCountRow(string RegionCode, CaseCategory Category, int Received, int Open, int Overdue);

namespace PromoMonth.Complaints.Domain;

public enum CaseCategory
{
    Quality,
    Price,
    FalseAdvertising,
    CounterfeitGoods,
    IntellectualProperty,
    Safety,
    EpidemicPrevention,
    MarkMisuse,
    Service,
    Other,
}

namespace PromoMonth.Complaints.Domain;

/// <summary>A consumer dispute (投诉), or a tip-off about a violation (举报).</summary>
public enum CaseKind
{
    Complaint,
    Report,
}

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

public enum CaseStatus
{
    Received,
    Accepted,
    Rejected,
    InMediation,
    Resolved,
    Closed,
}

/// <summary>How the responsible reporting unit was found, in the order routing tries.</summary>
public enum RoutedBy
{
    RegisteredEnterprise,
    RespondentRegion,
    CatalogActivity,
    MinistryTriage,
}

namespace PromoMonth.Complaints.Domain;

/// <summary>How the responsible reporting unit was found, in the order routing tries.</summary>
public enum RoutedBy
{
    RegisteredEnterprise,
    RespondentRegion,
    CatalogActivity,
    MinistryTriage,
}

namespace PromoMonth.Complaints.Domain;

/// <summary>
/// Which reporting unit handles a case: the region of the registered enterprise named by credit code, else the
/// respondent's region as given, else the catalog activity's region, else the ministry's triage queue. The rules:
/// jurisdiction lies where the respondent operates.
/// </summary>
public static class CaseRouting
{
    public static (string? Region, RoutedBy By) Route(
        string? registeredEnterpriseRegion, string? respondentRegion, string? activityRegion) =>
        registeredEnterpriseRegion is not null ? (registeredEnterpriseRegion, RoutedBy.RegisteredEnterprise)
        : respondentRegion is not null ? (respondentRegion, RoutedBy.RespondentRegion)
        : activityRegion is not null ? (activityRegion, RoutedBy.CatalogActivity)
        : (null, RoutedBy.MinistryTriage);
}

namespace PromoMonth.ServiceDefaults.Security;

/// <summary>The OAuth2 scopes partners ask for, and the service (token audience) each one opens.</summary>
public static class Scopes
{
    public const string Registry = "registry";
    public const string CatalogPublish = "catalog.publish";
    public const string Licensing = "licensing";
    public const string Statistics = "statistics";
    public const string StatisticsAdmin = "statistics.admin";
    public const string ComplaintsIntake = "complaints.intake";
    public const string ComplaintsHandle = "complaints.handle";
    public const string Webhooks = "webhooks";

    public static readonly IReadOnlyDictionary<string, string> Audience = new Dictionary<string, string>
    {
        [Registry] = Audiences.Registry,
        [CatalogPublish] = Audiences.Registry,
        [Licensing] = Audiences.Licensing,
        [Statistics] = Audiences.Statistics,
        [StatisticsAdmin] = Audiences.Statistics,
        [ComplaintsIntake] = Audiences.Complaints,
        [ComplaintsHandle] = Audiences.Complaints,
        [Webhooks] = Audiences.Webhooks,
    };

    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)Audience.Keys;
}

/// <summary>Each service accepts only access tokens issued for it.</summary>
public static class Audiences
{
    public const string Registry = "registry";
    public const string Licensing = "licensing";
    public const string Statistics = "statistics";
    public const string Complaints = "complaints";
    public const string Identity = "identity";
    public const string Webhooks = "webhooks";

    public static readonly string[] All = [Registry, Licensing, Statistics, Complaints, Identity, Webhooks];
}

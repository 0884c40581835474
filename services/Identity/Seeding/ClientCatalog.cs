using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Identity.Seeding;

/// <summary>The campaign's partners (the ministry, the reporting units, the hotlines, the broadcaster) as OAuth2 clients.</summary>
public static class ClientCatalog
{
    public const string Ministry = "ministry";
    public const string Hotline12315 = "hotline-12315";
    public const string ShanghaiHotline = "hotline-12345-shanghai";
    public const string Broadcaster = "broadcaster";

    /// <summary>What a reporting unit does: its region's registry, licences, statistics, routed complaints and their webhooks.</summary>
    public static readonly string[] ReportingUnitScopes =
        [Scopes.Registry, Scopes.Licensing, Scopes.Statistics, Scopes.ComplaintsHandle, Scopes.Webhooks];

    public static string ReportingUnitClientId(string regionCode) => $"unit-{regionCode}";

    public static IReadOnlyList<SeedClient> All { get; } =
    [
        new(Ministry, "商务部消费促进司 (Ministry of Commerce)", ClientKinds.Ministry, null, [.. Scopes.All]),
        .. ReportingUnits.All.Select(unit => new SeedClient(ReportingUnitClientId(unit.Code),
            $"{unit.NameZh} ({unit.NameEn}) commerce department", ClientKinds.ReportingUnit, unit.Code, ReportingUnitScopes)),
        new(Hotline12315, "12315 national consumer hotline", ClientKinds.Hotline, null, [Scopes.ComplaintsIntake, Scopes.Webhooks]),
        new(ShanghaiHotline, "12345 Shanghai citizen hotline", ClientKinds.Hotline, null, [Scopes.ComplaintsIntake, Scopes.Webhooks]),
        // Read-only: the broadcaster follows key activities; its client kind keeps every write closed to it.
        new(Broadcaster, "中央广播电视总台 (China Media Group)", ClientKinds.Broadcaster, null, [Scopes.Registry, Scopes.Webhooks]),
    ];
}

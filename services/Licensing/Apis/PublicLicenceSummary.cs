namespace PromoMonth.Licensing.Apis;

/// <summary>Active licences nationally and by region, as the public board shows them.</summary>
public sealed record PublicLicenceSummary(DateTimeOffset? CountedAt, long Active, List<RegionActive> Regions);

/// <summary>One region's active licences.</summary>
public sealed record RegionActive(string RegionCode, string RegionName, long Active);

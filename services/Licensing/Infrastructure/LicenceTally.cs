using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>
/// Licences by region and status as the last gauge pass counted them, kept in memory: the campaign board and the
/// public summary read it instead of counting the table at every view. It is as fresh as Telemetry:Gauges:Interval.
/// </summary>
public sealed class LicenceTally
{
    private volatile LicenceCounts _counts = new(null, []);

    public LicenceCounts Current => _counts;

    internal void Replace(DateTimeOffset countedAt, IEnumerable<(string RegionCode, LicenseStatus Status, long Count)> counts) =>
        _counts = new LicenceCounts(countedAt, [.. counts
            .GroupBy(c => c.RegionCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegionLicences(g.Key, ReportingUnits.Find(g.Key)?.NameZh ?? g.Key,
                Enum.GetValues<LicenseStatus>().ToDictionary(
                    Key, s => g.Where(c => c.Status == s).Sum(c => c.Count), StringComparer.Ordinal)))]);

    /// <summary>A status as the API spells it (camelCase, every status one word).</summary>
    public static string Key(LicenseStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>Licences by region and status; <c>CountedAt</c> is null until the first count after a start.</summary>
public sealed record LicenceCounts(DateTimeOffset? CountedAt, List<RegionLicences> Regions)
{
    public long Total(LicenseStatus status) => Regions.Sum(r => r.ByStatus.GetValueOrDefault(LicenceTally.Key(status)));
}

/// <summary>One region's licences by status.</summary>
public sealed record RegionLicences(string RegionCode, string RegionName, Dictionary<string, long> ByStatus);

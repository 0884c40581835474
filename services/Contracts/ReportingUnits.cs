using System.Collections.Frozen;
using System.Reflection;

namespace PromoMonth.Contracts;

/// <summary>The 37 reporting units of the 2020 notice (31 provincial divisions, 5 plan-listed cities, the Corps as 660000).</summary>
public static class ReportingUnits
{
    private static readonly Lazy<IReadOnlyList<ReportingUnit>> InCodeOrder = new(Load);
    private static readonly Lazy<FrozenDictionary<string, ReportingUnit>> ByCode =
        new(() => InCodeOrder.Value.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlyList<ReportingUnit>> NoticeOrder = new(() =>
    [
        .. InCodeOrder.Value
            .OrderBy(u => u.Kind switch { "plan-city" => 1, "corps" => 2, _ => 0 })
            .ThenBy(u => u.Code, StringComparer.Ordinal),
    ]);

    /// <summary>All units, ordered by code.</summary>
    public static IReadOnlyList<ReportingUnit> All => InCodeOrder.Value;

    /// <summary>
    /// All units in the notice's order, the order an officer reads a national table in: the 31 provincial divisions
    /// by code, then the 5 plan-listed cities by code, then the Corps.
    /// </summary>
    public static IReadOnlyList<ReportingUnit> InNoticeOrder => NoticeOrder.Value;

    public static bool IsKnown(string? code) => code is not null && ByCode.Value.ContainsKey(code);

    public static ReportingUnit? Find(string? code) => code is not null && ByCode.Value.TryGetValue(code, out var unit) ? unit : null;

    private static IReadOnlyList<ReportingUnit> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("reporting-units.csv")
            ?? throw new InvalidOperationException("reporting-units.csv is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header: code,name_zh,name_en,kind
        var units = new List<ReportingUnit>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(',');
            units.Add(new ReportingUnit(fields[0], fields[1], fields[2], fields[3]));
        }
        return [.. units.OrderBy(u => u.Code, StringComparer.Ordinal)];
    }
}

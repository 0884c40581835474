using System.Globalization;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Importing;

/// <summary>
/// Turns an import file's rows into one submission per unit and period and saves them all or none: rows that cannot
/// be read are rejected first, then every report is checked as if posted alone (form rules, breakdown sums, lock,
/// responsible contact), and each problem is traced back to the row it came from.
/// </summary>
public sealed class BulkImporter(ReportSubmissions submissions)
{
    private sealed class Group(int firstRow)
    {
        public int FirstRow { get; } = firstRow;
        public Dictionary<string, decimal> Values { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Dictionary<string, decimal>> Cities { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Dictionary<string, decimal>> Enterprises { get; } = new(StringComparer.Ordinal);
        public Dictionary<(string Element, string? City, string? Enterprise), int> Rows { get; } = [];
    }

    public async Task<(ImportSummary? Summary, List<RejectedRow> Rejected)> ImportAsync(IReadOnlyList<ImportRow> rows, string? boundRegion,
        string by, CancellationToken cancellationToken)
    {
        var rejected = new List<RejectedRow>();
        var groups = new Dictionary<(string Period, string OrgUnit), Group>();
        // A report with an unreadable row is checked against the form once the row is fixed: checking it without the
        // row would only add "required" errors for the value the file did carry.
        var unreadable = new HashSet<(string?, string?)>();
        foreach (var row in rows)
        {
            if (Read(row, boundRegion, out var value) is { } reason)
            {
                rejected.Add(Reject(row, reason));
                unreadable.Add((row.Period, row.OrgUnit));
                continue;
            }
            var key = (row.Period!, row.OrgUnit!);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group(row.Row);
            }
            var enterprise = row.Enterprise?.ToUpperInvariant();
            if (!group.Rows.TryAdd((row.DataElement!, row.City, enterprise), row.Row))
            {
                rejected.Add(Reject(row, $"Repeats row {group.Rows[(row.DataElement!, row.City, enterprise)]}."));
                continue;
            }
            var target = row.City is { } city ? Entry(group.Cities, city)
                : enterprise is not null ? Entry(group.Enterprises, enterprise)
                : group.Values;
            target[row.DataElement!] = value;
        }

        var keys = groups.Keys.ToList();
        var requests = keys.Select(k =>
        {
            var group = groups[k];
            return new SubmissionRequest(k.OrgUnit, k.Period, new ReportContent(group.Values,
                [.. group.Cities.Select(c => new BreakdownEntry(c.Key, c.Value))],
                [.. group.Enterprises.Select(e => new BreakdownEntry(e.Key, e.Value))]), Submit: true);
        }).ToList();
        var outcome = await submissions.SaveAsync(requests, by, cancellationToken, checkOnly: rejected.Count > 0);
        foreach (var (index, problem) in outcome.Problems)
        {
            var (period, orgUnit) = keys[index];
            if (unreadable.Contains((period, orgUnit)))
            {
                continue;
            }
            var group = groups[keys[index]];
            foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]> { [""] = [problem.Detail] })
            {
                var row = RowOf(group, field);
                rejected.AddRange(messages.Select(m =>
                    new RejectedRow(row.Row, period, orgUnit, row.Element, field.Length > 0 ? $"{field}: {m}" : m)));
            }
        }
        if (rejected.Count > 0)
        {
            return (null, [.. rejected.OrderBy(r => r.Row)]);
        }
        var values = rows.Count;
        StatisticsTelemetry.ValuesImported.Add(values);
        return (new ImportSummary(requests.Count, values, outcome.Saved.Count(s => s.Created), outcome.Saved.Count(s => !s.Created)),
            rejected);
    }

    private static string? Read(ImportRow row, string? boundRegion, out decimal value)
    {
        value = 0;
        if (row.Period is null || row.OrgUnit is null || row.DataElement is null)
        {
            return "period, orgUnit and dataElement are required.";
        }
        if (boundRegion is not null && row.OrgUnit != boundRegion)
        {
            return $"A unit imports its own data only; this row is for {row.OrgUnit}.";
        }
        if (row.City is not null && row.Enterprise is not null)
        {
            return "A value is broken down by city or by enterprise, not both.";
        }
        if (row.Value is null || !decimal.TryParse(row.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value))
        {
            return $"'{Shorten(row.Value)}' is not a number (digits, an optional sign and decimal point).";
        }
        return row.Comment is { Length: > 2000 } ? "A comment has at most 2,000 characters." : null;
    }

    /// <summary>
    /// The row a validation key points at (<c>values.x</c>, <c>cities[c].x</c>, <c>cities.x</c>, ...), else the report's
    /// first row.
    /// </summary>
    private static (int Row, string? Element) RowOf(Group group, string field)
    {
        string? dimension = null, key = null, element = null;
        if (field.StartsWith("values.", StringComparison.Ordinal))
        {
            element = field["values.".Length..];
        }
        foreach (var candidate in new[] { "cities", "enterprises" }.Where(d => field.StartsWith(d, StringComparison.Ordinal)))
        {
            dimension = candidate;
            var rest = field[candidate.Length..];
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (rest.StartsWith('[') && close > 0)
            {
                key = rest[1..close];
                rest = rest[(close + 1)..];
            }
            element = rest.StartsWith('.') ? rest[1..] : null;
        }
        if (dimension is null && element is null)
        {
            return (group.FirstRow, null);
        }
        var match = group.Rows.Where(r =>
                (element is null || r.Key.Element == element) && dimension switch
                {
                    "cities" => r.Key.City is not null && (key is null || r.Key.City == key),
                    "enterprises" => r.Key.Enterprise is not null && (key is null || r.Key.Enterprise == key),
                    _ => r.Key.City is null && r.Key.Enterprise is null,
                })
            .Select(r => (int?)r.Value).Min();
        return (match ?? group.FirstRow, element);
    }

    private static Dictionary<string, decimal> Entry(Dictionary<string, Dictionary<string, decimal>> entries, string key)
    {
        if (!entries.TryGetValue(key, out var values))
        {
            entries[key] = values = new(StringComparer.Ordinal);
        }
        return values;
    }

    private static RejectedRow Reject(ImportRow row, string reason) => new(row.Row, row.Period, row.OrgUnit, row.DataElement, reason);

    private static string? Shorten(string? value) => value is { Length: > 40 } ? value[..40] + "…" : value;
}

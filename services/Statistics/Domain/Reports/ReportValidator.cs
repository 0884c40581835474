using System.Globalization;
using PromoMonth.Contracts;
using PromoMonth.Statistics.Domain.Forms;

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>
/// Checks a report against its form: one message per indicator and rule, keyed so a partner can point at the field
/// (<c>values.sales_driven</c>, <c>rules.direct-within-driven</c>, <c>cities.sales_driven</c>). A draft may be
/// incomplete; a submission must carry every required indicator.
/// </summary>
public static class ReportValidator
{
    /// <remarks>Breakdowns must add up to the unit's total exactly, to the cent: a mismatch is an error, never overridden.</remarks>
    public static Dictionary<string, string[]> Validate(StatisticsForm form, ReportContent content, string regionCode, bool submit)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (code, value) in content.Values)
        {
            CheckValue(form, code, value, new("values", null, code), errors);
        }
        if (submit)
        {
            foreach (var indicator in form.Indicators.Where(i => i.Required && !content.Values.ContainsKey(i.Code)))
            {
                Add(errors, $"values.{indicator.Code}", $"Required: {indicator.NameEn} ({indicator.NameZh}).");
            }
        }
        foreach (var rule in form.Rules.Where(r => !r.Holds(content.Values)))
        {
            Add(errors, $"rules.{rule.Code}",
                $"{rule.Message} ({rule.Left} = {Format(content.Values[rule.Left])}, {rule.Right} = {Format(content.Values[rule.Right])})");
        }
        CheckBreakdown(form, content.Values, content.Cities, "cities", key => BelongsToUnit(key, regionCode) ? null
            : $"'{key}' is not a city of reporting unit {regionCode}: a 6-digit division code within the unit is expected.", errors);
        CheckBreakdown(form, content.Values, content.Enterprises, "enterprises", key =>
            UnifiedSocialCreditCode.TryParse(key, out _, out var error) ? null : $"'{key}': {error}", errors);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// A city of a province shares its first two digits; of a plan city (大连 210200), its first four, and its province does
    /// not count it (else both would report it); the Corps' by its own blocks. The same rule as a credit code's authority.
    /// </summary>
    public static bool BelongsToUnit(string cityCode, string regionCode) => RegistrationDivision.OwnerOf(cityCode)?.Code == regionCode;

    private static void CheckBreakdown(StatisticsForm form, Dictionary<string, decimal> totals, List<BreakdownEntry> entries,
        string dimension, Func<string, string?> checkKey, Dictionary<string, List<string>> errors)
    {
        if (entries.Count == 0)
        {
            return;
        }
        foreach (var duplicate in entries.GroupBy(e => e.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Add(errors, $"{dimension}[{duplicate.Key}]", "Listed more than once.");
        }
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (checkKey(entry.Key) is { } keyError)
            {
                Add(errors, $"{dimension}[{entry.Key}]", keyError);
            }
            foreach (var (code, value) in entry.Values)
            {
                if (!CheckValue(form, code, value, new(dimension, entry.Key, code), errors))
                {
                    continue;
                }
                if (form.Find(code) is { Breakdown: false } indicator)
                {
                    Add(errors, $"{dimension}[{entry.Key}].{code}", $"{indicator.NameEn} is reported for the unit only, not broken down.");
                    continue;
                }
                sums[code] = sums.GetValueOrDefault(code) + value;
            }
        }
        foreach (var (code, sum) in sums)
        {
            if (!totals.TryGetValue(code, out var total))
            {
                Add(errors, $"{dimension}.{code}", $"The {dimension} give {code} but the unit's total is missing.");
            }
            else if (sum != total)
            {
                Add(errors, $"{dimension}.{code}", $"The {dimension} add up to {Format(sum)}, but the unit's total is {Format(total)}.");
            }
        }
    }

    /// <returns>Whether the value is usable (a known, typed indicator of the right kind and within bounds).</returns>
    private static bool CheckValue(StatisticsForm form, string code, decimal value, ValueKey key, Dictionary<string, List<string>> errors)
    {
        var indicator = form.Find(code);
        if (indicator is null)
        {
            Add(errors, key.ToString(), $"'{code}' is not an indicator of form version {form.Version}.");
            return false;
        }
        if (indicator.Computation is { } computation)
        {
            Add(errors, key.ToString(),
                $"{indicator.NameEn} is computed from {computation.Numerator} and {computation.Denominator}; it cannot be typed.");
            return false;
        }
        List<string>? problems = null;
        switch (indicator.ValueType)
        {
            case IndicatorValueType.Count when decimal.Truncate(value) != value:
                (problems ??= []).Add($"{indicator.NameEn} is a count: a whole number is expected.");
                break;
            case IndicatorValueType.Amount when decimal.Round(value, 2) != value:
                (problems ??= []).Add($"{indicator.NameEn} is an amount in yuan: at most two decimals.");
                break;
        }
        if (indicator.Min is { } min && value < min)
        {
            (problems ??= []).Add($"{indicator.NameEn} must be at least {Format(min)}.");
        }
        if (indicator.Max is { } max && value > max)
        {
            (problems ??= []).Add($"{indicator.NameEn} must be at most {Format(max)}.");
        }
        if (problems is null)
        {
            return true;
        }
        var spelled = key.ToString();
        problems.ForEach(p => Add(errors, spelled, p));
        return false;
    }

    /// <summary>Where a value sits (<c>values.x</c> or <c>cities[c].x</c>): spelled out only for a value with a problem, as
    /// an import checks hundreds of thousands of values that have none.</summary>
    private readonly record struct ValueKey(string Dimension, string? Entry, string Code)
    {
        public override string ToString() => Entry is null ? $"{Dimension}.{Code}" : $"{Dimension}[{Entry}].{Code}";
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, List<string>> errors, string key, string message)
    {
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }
        list.Add(message);
    }
}

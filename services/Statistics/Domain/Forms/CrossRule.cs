namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>A rule between two indicators of the same report, e.g. participating key enterprises ≤ participating enterprises.</summary>
public sealed record CrossRule(string Code, string Left, RuleComparison Comparison, string Right, string Message)
{
    /// <summary>Holds when either side is absent: a missing optional value is the required-field check's business.</summary>
    public bool Holds(IReadOnlyDictionary<string, decimal> values) =>
        !values.TryGetValue(Left, out var left) || !values.TryGetValue(Right, out var right) || Comparison switch
        {
            RuleComparison.AtMost => left <= right,
            RuleComparison.AtLeast => left >= right,
            _ => left == right,
        };
}

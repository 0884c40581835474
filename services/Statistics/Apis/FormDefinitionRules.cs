using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>A form must hang together: unique codes, computations and rules over typed indicators that exist.</summary>
internal static class FormDefinitionRules
{
    public static RequestErrors Check(string campaignCode, FormRequest request)
    {
        var errors = new RequestErrors();
        if (campaignCode.Length is 0 or > 20)
        {
            errors.Add("campaignCode", "At most 20 characters.");
        }
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
        {
            errors.Add("title", "A title of at most 200 characters is required.");
        }
        if (request.Indicators is not { Count: > 0 } indicators)
        {
            errors.Add("indicators", "At least one indicator is required.");
            return errors;
        }
        var typed = indicators.Where(i => i.Computation is null).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (indicator, index) in indicators.Select((i, n) => (i, n)))
        {
            var key = $"indicators[{index}]";
            if (string.IsNullOrWhiteSpace(indicator.Code) || indicator.Code.Length > 60
                || !indicator.Code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                errors.Add($"{key}.code", "A code of lower-case letters, digits and underscores (at most 60) is required.");
            }
            if (string.IsNullOrWhiteSpace(indicator.NameZh) || string.IsNullOrWhiteSpace(indicator.NameEn))
            {
                errors.Add($"{key}.name", "Chinese and English names are required.");
            }
            if ((indicator.Aggregation == IndicatorAggregation.Computed) != (indicator.Computation is not null))
            {
                errors.Add($"{key}.computation", "A computed indicator needs a computation, and only a computed one has one.");
            }
            if (indicator.Computation is { } computation && (!typed.Contains(computation.Numerator)
                || !typed.Contains(computation.Denominator)))
            {
                errors.Add($"{key}.computation", "The computation's numerator and denominator must be typed indicators of the form.");
            }
            if (indicator.BaselineOf is { } baselineOf && !typed.Contains(baselineOf))
            {
                errors.Add($"{key}.baselineOf", $"'{baselineOf}' is not a typed indicator of the form.");
            }
            if (indicator.Min > indicator.Max)
            {
                errors.Add($"{key}.min", "The lower bound is above the upper bound.");
            }
            if (indicator.Breakdown && indicator.Computation is not null)
            {
                errors.Add($"{key}.breakdown", "Only summed indicators can be broken down.");
            }
        }
        foreach (var duplicate in indicators.GroupBy(i => i.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"indicators.{duplicate.Key}", "The code is used more than once.");
        }
        foreach (var (rule, index) in (request.Rules ?? []).Select((r, n) => (r, n)))
        {
            if (string.IsNullOrWhiteSpace(rule.Code) || !typed.Contains(rule.Left) || !typed.Contains(rule.Right)
                || string.IsNullOrWhiteSpace(rule.Message))
            {
                errors.Add($"rules[{index}]", "A rule needs a code, a message, and typed indicators of the form on both sides.");
            }
        }
        return errors;
    }
}

using System.Text.RegularExpressions;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Licensing.Apis;

/// <summary>The checks on the body of PUT /api/licensing/mark/rules.</summary>
internal static partial class UsageRulesValidation
{
    public static Validated<UsageRules> Validate(this UsageRules rules)
    {
        var errors = new RequestErrors();
        if (rules.MinimumWidthMillimetres < 1 || rules.MinimumWidthPixels < 1)
        {
            errors.Add("minimumWidthMillimetres", "Minimum sizes are positive.");
        }
        if (rules.Colours is not { Count: > 0 } || rules.Colours.Any(colour => colour is null || !Colour().IsMatch(colour)))
        {
            errors.Add("colours", "At least one colour, each as #RRGGBB.");
        }
        return Validated.From(errors, () => rules);
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Colour();
}

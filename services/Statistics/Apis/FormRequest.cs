using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain.Forms;

namespace PromoMonth.Statistics.Apis;

public sealed record FormRequest(string? Title, List<Indicator>? Indicators, List<CrossRule>? Rules)
{
    /// <summary>The definition when it hangs together (<see cref="FormDefinitionRules"/>), with its title trimmed.</summary>
    public Validated<FormDefinition> Validate(string campaignCode)
    {
        var errors = FormDefinitionRules.Check(campaignCode, this);
        return Title is null || Indicators is null
            ? Validated.Invalid<FormDefinition>(errors)
            : Validated.From(errors, () => new FormDefinition(Title.Trim(), Indicators, Rules ?? []));
    }
}

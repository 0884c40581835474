using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

public sealed record FormRequest(string? Title, List<Indicator>? Indicators, List<CrossRule>? Rules) : IDocumentedExample<FormRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static FormRequest Example => new("2020年全国消费促进月成效统计表", [.. Form2020.Indicators], [.. Form2020.Rules]);

    /// <summary>The definition when it hangs together (<see cref="FormDefinitionRules"/>), with its title trimmed.</summary>
    public Validated<FormDefinition> Validate(string campaignCode)
    {
        var errors = FormDefinitionRules.Check(campaignCode, this);
        return Title is null || Indicators is null
            ? Validated.Invalid<FormDefinition>(errors)
            : Validated.From(errors, () => new FormDefinition(Title.Trim(), Indicators, Rules ?? []));
    }
}

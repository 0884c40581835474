using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of POST /api/registry/campaigns.</summary>
public sealed record NewCampaign(string? Code, string? Name, string? Theme, DateOnly? WindowStart, DateOnly? WindowEnd,
    DateOnly? LaunchDate, string? LaunchVenue, string? LaunchBroadcast, string[]? Organisers) : IDocumentedExample<NewCampaign>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static NewCampaign Example => new(
        "2021",
        "2021年全国消费促进月",
        "消费促进、品质生活",
        new DateOnly(2021, 9, 1),
        new DateOnly(2021, 9, 30),
        new DateOnly(2021, 9, 1),
        "北京",
        "中央广播电视总台",
        ["商务部", "中央广播电视总台"]);

    public const int MaxCodeLength = 20;

    public Validated<CampaignTerms> Validate()
    {
        var errors = new RequestErrors();
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > MaxCodeLength)
        {
            errors.Add("code", $"A code of 1 to {MaxCodeLength} characters is required (e.g. 2021).");
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("name", "The campaign's name is required.");
        }
        if (WindowStart is not { } start || WindowEnd is not { } end || end < start)
        {
            errors.Add("windowEnd", "A window with a start and an end on or after it is required.");
            (start, end) = (default, default);
        }
        if (LaunchDate is null)
        {
            errors.Add("launchDate", "The launch ceremony's date is required.");
        }
        return Validated.From(errors, () => new CampaignTerms(Code ?? "", Name ?? "", Theme ?? "", new CampaignWindow(start, end),
            LaunchDate.GetValueOrDefault(), LaunchVenue ?? "", LaunchBroadcast ?? "", Organisers ?? []));
    }
}

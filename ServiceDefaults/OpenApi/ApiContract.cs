namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>What a service's OpenAPI document says about itself: its title, what it is for, and what each tag groups.</summary>
public sealed class ApiContract
{
    public string Title { get; set; } = "PromoMonth";

    public string Description { get; set; } = "";

    /// <summary>A description for every tag the service's operations use; the linters in the test command require one.</summary>
    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
}

using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Licensing.Apis;

/// <summary>The body of POST /api/licensing/licenses.</summary>
public sealed record GrantRequest(string? LicenseeKind, Guid? LicenseeId, ScopeRequest? Scope, DateTimeOffset? ValidUntil)
    : IDocumentedExample<GrantRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static GrantRequest Example => new(
        "enterprise",
        Guid.Parse("0194c9e2-5a00-7000-8000-0000000a0001"),
        new ScopeRequest(["南京东路旗舰店"], ["百联官方商城"]),
        new DateTimeOffset(2020, 12, 31, 23, 59, 59, TimeSpan.FromHours(8)));

    /// <summary>The application the rules decide on, or the fields that do not read (blank venues are dropped).</summary>
    public Validated<LicenseApplication> Validate()
    {
        var errors = new RequestErrors();
        var kind = QueryValues.Enum<LicenseeKind>(LicenseeKind, "licenseeKind", errors);
        if (string.IsNullOrWhiteSpace(LicenseeKind))
        {
            errors.Add("licenseeKind", "activity or enterprise.");
        }
        if (LicenseeId is null)
        {
            errors.Add("licenseeId", "The licensee's id is required.");
        }
        return kind is { } licenseeKind && LicenseeId is { } licenseeId && !errors.Any
            ? Validated.Valid(new LicenseApplication(
                licenseeKind, licenseeId, Names(Scope?.Venues), Names(Scope?.OnlineChannels), ValidUntil))
            : Validated.Invalid<LicenseApplication>(errors);
    }

    private static string[] Names(string[]? names) =>
        [.. (names ?? []).Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim())];
}

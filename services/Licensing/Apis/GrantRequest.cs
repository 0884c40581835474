using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Licensing.Apis;

/// <summary>The body of POST /api/licensing/licenses.</summary>
public sealed record GrantRequest(string? LicenseeKind, Guid? LicenseeId, ScopeRequest? Scope, DateTimeOffset? ValidUntil)
{
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

using OpenIddict.Abstractions;

namespace PromoMonth.Identity.Seeding;

/// <summary>
/// The documented development secrets ("&lt;client id&gt;-secret") and how a start outside Development treats a seeded
/// client that still has one: rotated to its configured secret, or the start refused naming it.
/// </summary>
public static class DevelopmentSecrets
{
    public static string For(string clientId) => $"{clientId}-secret";

    /// <summary>Whether the client's stored (hashed) secret is still its development secret.</summary>
    public static async Task<bool> IsStillDevelopmentSecretAsync(
        IOpenIddictApplicationManager applications, object application, string clientId, CancellationToken cancellationToken) =>
        await applications.ValidateClientSecretAsync(application, For(clientId), cancellationToken);

    /// <summary>A configured secret that is the client's development secret protects nothing.</summary>
    public static bool IsDevelopmentSecret(string clientId, string? secret) =>
        string.Equals(secret, For(clientId), StringComparison.Ordinal);

    public static InvalidOperationException Refusal(IReadOnlyCollection<string> stillDevelopment, IReadOnlyCollection<string> missing)
    {
        var reasons = new List<string>();
        if (stillDevelopment.Count > 0)
        {
            reasons.Add($"{stillDevelopment.Count} clients still have their development secrets: {string.Join(", ", stillDevelopment)}");
        }
        if (missing.Count > 0)
        {
            reasons.Add($"{missing.Count} clients have no configured secret to be created with: {string.Join(", ", missing)}");
        }
        return new InvalidOperationException(
            "The token server does not start outside Development while " + string.Join("; and ", reasons) + ". " +
            "Set Identity:ClientSecrets:<client id> for each (configuration, environment variables such as " +
            "Identity__ClientSecrets__ministry, or AppHost secret parameters): at start a client that still has its development " +
            "secret is rotated to its configured one, and the log names it. Development secrets are used only in Development.");
    }
}

using System.Security.Cryptography;
using System.Text;

namespace PromoMonth.ServiceDefaults.Operations;

/// <summary>
/// The secret only the AppHost and the services know (a fresh one at every AppHost start). Operator endpoints are not
/// behind the gateway, and a caller without the key gets a plain 404, as if they did not exist.
/// </summary>
public static class OperatorKey
{
    /// <summary>The AppHost's <c>OperatorCommands</c> sends the same header and setting (it does not reference this project).</summary>
    public const string Header = "X-Operator-Key";

    /// <summary>The setting the AppHost passes to every service (<c>Operations__Key</c>).</summary>
    public const string Setting = "Operations:Key";

    public static bool Matches(string? expected, string? presented) =>
        !string.IsNullOrEmpty(expected) && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}

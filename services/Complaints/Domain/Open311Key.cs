using System.Security.Cryptography;
using System.Text;

namespace PromoMonth.Complaints.Domain;

/// <summary>
/// An Open311 <c>api_key</c> the ministry issued to a hotline. Only its SHA-256 is stored: a leaked table does not
/// leak keys, and a revoked key stops at once.
/// </summary>
public sealed class Open311Key
{
    public Guid Id { get; init; }
    public required string HotlineClientId { get; init; }
    public required string KeyHash { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A key for a hotline; only its hash is kept.</summary>
    public static Open311Key Issue(string hotlineClientId, string apiKey, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), HotlineClientId = hotlineClientId, KeyHash = Hash(apiKey), IssuedAt = now };

    /// <summary>Stops the key at once; revoking it again keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

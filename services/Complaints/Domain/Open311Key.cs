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
    public DateTimeOffset? RevokedAt { get; set; }

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

using System.Security.Cryptography;

namespace PromoMonth.Webhooks.Domain;

/// <summary>A subscription's signing secret in the Standard Webhooks form: <c>whsec_</c> and 32 random bytes in base64.</summary>
public static class SigningSecret
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}

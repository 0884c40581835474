using System.Security.Cryptography;
using System.Text;

namespace PromoMonth.Complaints.Domain;

/// <summary>
/// What makes two cases possible duplicates: the same complainant phone, the same respondent and the same category.
/// Kept as a hash, so the index that finds them holds no phone number.
/// </summary>
public static class DuplicateKey
{
    /// <returns>The key, or null when the complainant gave no phone (such cases are never linked).</returns>
    public static string? For(Complainant complainant, Respondent respondent, CaseCategory category)
    {
        var phone = new string((complainant.Phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (phone.Length == 0)
        {
            return null;
        }
        // A registered respondent is known by its credit code; otherwise by its name within its region.
        var who = respondent.CreditCode is { Length: > 0 } code
            ? code.ToUpperInvariant()
            : $"{string.Concat(respondent.Name.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant()}@{respondent.RegionCode}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{phone}|{who}|{category}")));
    }
}

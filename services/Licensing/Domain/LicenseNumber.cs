using System.Text.RegularExpressions;

namespace PromoMonth.Licensing.Domain;

/// <summary>
/// The shape of a licence number, CPM&lt;campaign&gt;-&lt;unit's region code&gt;-&lt;serial of at least five digits&gt;
/// (CPM2020-310000-00042). A string of another shape names no licence and is refused before any cache or database.
/// </summary>
public static partial class LicenseNumber
{
    /// <summary>CPM, a campaign code of up to 20 characters, six digits and a serial that fits an int.</summary>
    public const int MaxLength = 41;

    public const string Example = "CPM2020-310000-00042";

    /// <summary>People type numbers from a sticker: spaces around them and lower case still find the licence.</summary>
    public static string Normalize(string number) => number.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string? number) => number is { Length: <= MaxLength } && Shape().IsMatch(number);

    [GeneratedRegex("^CPM[0-9A-Z][0-9A-Z_-]{0,19}-[0-9]{6}-[0-9]{5,10}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

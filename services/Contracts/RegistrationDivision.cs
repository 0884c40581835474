namespace PromoMonth.Contracts;

/// <summary>
/// Which reporting unit's region a registration authority's division code (GB/T 2260, characters 3-8 of a credit code)
/// belongs to. A province, autonomous region or municipality owns the codes that share its first two digits; a
/// plan-listed city (Dalian 210200, Qingdao 370200, Ningbo 330200, Xiamen 350200, Shenzhen 440300) owns those that share
/// its first four, and its province does not own them.
/// </summary>
/// <remarks>
/// The Corps (新疆生产建设兵团, unit 660000) has no province-level GB/T 2260 code. Its own registration authorities
/// (the Corps' market regulation bureau and those of its divisions, 师) are coded in the block 66xxxx that GB/T 2260
/// leaves unassigned (660000 for the Corps; division tables list it beside Xinjiang's prefectures), and the cities it
/// runs jointly with its divisions (师市合一: Shihezi 659001 … Baiyang 659012) sit in Xinjiang's block 6590 of
/// county-level cities directly under the region, every one of them a Corps city. So the Corps owns 66xxxx and 6590xx,
/// and Xinjiang (650000) owns the rest of 65xxxx.
/// </remarks>
public static class RegistrationDivision
{
    public const string CorpsUnitCode = "660000";

    // Both blocks hold only the Corps' authorities and its division cities (see the remarks).
    private static readonly string[] CorpsPrefixes = ["66", "6590"];

    /// <summary>The reporting unit whose region holds <paramref name="divisionCode"/>, or null when none does.</summary>
    /// <remarks>Null for codes no unit reports for: the national authority (100000), Hong Kong, Macao, Taiwan, junk.</remarks>
    public static ReportingUnit? OwnerOf(string divisionCode)
    {
        if (divisionCode.Length != 6 || !divisionCode.All(char.IsAsciiDigit))
        {
            return null;
        }
        if (CorpsPrefixes.Any(prefix => divisionCode.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return ReportingUnits.Find(CorpsUnitCode);
        }
        var planCity = ReportingUnits.Find(divisionCode[..4] + "00");
        if (planCity is { Kind: "plan-city" })
        {
            return planCity;
        }
        return ReportingUnits.Find(divisionCode[..2] + "0000");
    }

    /// <summary>Whether the authority that issued <paramref name="code"/> is in the region of <paramref name="regionCode"/>.</summary>
    public static bool BelongsTo(UnifiedSocialCreditCode code, string regionCode) =>
        OwnerOf(code.AuthorityDivisionCode)?.Code == regionCode;

    /// <summary>Why <paramref name="code"/> may not be registered in region <paramref name="regionCode"/> (a 422 on the field).</summary>
    public static string Mismatch(UnifiedSocialCreditCode code, string regionCode)
    {
        var division = code.AuthorityDivisionCode;
        var owner = OwnerOf(division);
        var whose = owner is null ? "no reporting unit's region" : $"the region of {owner.NameEn} ({owner.Code})";
        return $"The registering authority's division (characters 3-8: {division}) lies in {whose}, not in region {regionCode}; "
            + "a reporting unit registers enterprises of its own region only (the ministry may register one from elsewhere).";
    }
}

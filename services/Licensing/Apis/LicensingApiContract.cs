namespace PromoMonth.Licensing.Apis;

/// <summary>What the licensing service's OpenAPI document tells a partner about the mark's licences.</summary>
internal static class LicensingApiContract
{
    public const string Title = "PromoMonth licensing of the mark";

    public const string Description =
        "The campaign's name and logo (the mark) are licensed to catalog activities and committed key enterprises. Every "
        + "licence has a number that anyone can verify, online or by scanning its QR code; findings of counterfeiting or "
        + "misuse of the mark suspend or revoke licences.";

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Verification"] = "Anonymous checks of a licence number, as a consumer scanning a sticker or a partner's system makes them.",
        ["Licensable enterprises"] = "Key enterprises as licensing knows them from the registry's events: committed or not.",
        ["Licences"] = "Grants of the mark, their list and exports, and suspension, revocation and reinstatement.",
        ["The mark"] = "The campaign's logo and the rules of its use.",
        ["Credentials"] = "Licences as signed W3C Verifiable Credentials, their revocation and suspension status lists "
            + "and the issuer's keys: a partner holds a licence and proves it later, an inspector checks one without a network.",
    };
}

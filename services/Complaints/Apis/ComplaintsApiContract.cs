namespace PromoMonth.Complaints.Apis;

/// <summary>What the complaints service's OpenAPI document tells hotlines and units about cases.</summary>
internal static class ComplaintsApiContract
{
    public const string Title = "PromoMonth consumer complaints";

    public const string Description =
        "Hotlines post consumer complaints as cases; each case is routed to the region of the business complained about and "
        + "runs on statutory clocks counted in working days. Posting is idempotent by the hotline's case reference, so a "
        + "retried POST answers the case already filed. Open311 GeoReport v2 is offered for partners that speak it.";

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Cases"] = "Filing a case, reading it, and counting and exporting the cases of one's region.",
        ["Case handling"] = "What a reporting unit does with a case: accept, reject, transfer, resolve, record findings.",
        ["Routing"] = "Which region a business complained about belongs to, from its unified social credit code.",
        ["Open311 GeoReport v2"] = "The Open311 GeoReport v2 interface: services, requests and their status.",
        ["Open311 keys"] = "The API keys that Open311 callers post with, issued and revoked by the ministry.",
    };
}

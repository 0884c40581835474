namespace PromoMonth.EventRegistry.Apis;

/// <summary>What the event registry's OpenAPI document tells a partner about the registry and each group of operations.</summary>
internal static class RegistryApiContract
{
    public const string Title = "PromoMonth event registry";

    public const string Description =
        "Reporting units register the campaign's key activities and key enterprises; the ministry reviews activities and "
        + "publishes the national activity catalog as numbered releases; the launch ceremony's video link-ups are scheduled "
        + "here. The public catalog is anonymous and cached at the gateway.";

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Campaigns"] = "The campaigns the registry knows (the 2020 Consumption Promotion Month and later ones) and their dates.",
        ["Key enterprises"] = "Key enterprises (重点企业) registered by a reporting unit, by unified social credit code, "
            + "and their commitments to the campaign.",
        ["Key activities"] = "Key activities (重点活动): drafted and submitted by a reporting unit, reviewed by the ministry, "
            + "postponed or cancelled.",
        ["Following"] = "Activities a client follows (the broadcaster tracking key activities, a unit, the ministry): "
            + "the list whose changes are told to it.",
        ["Catalog releases"] = "Numbered, immutable snapshots of the approved activities that the ministry publishes.",
        ["Launch link-ups"] = "The launch ceremony's video link-ups with regional venues: designation, liaison and readiness.",
        ["Public catalog"] = "The published national activity catalog for anyone: JSON, CSV, XLSX and JSON-LD, by release.",
    };
}

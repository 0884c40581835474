using System.Globalization;
using System.Text.Json.Nodes;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>
/// The national activity catalog as an open dataset, in DCAT-AP 3 JSON-LD: one dcat:Catalog holding one dcat:Dataset
/// (the campaign's catalog), with a dcat:Distribution per release and format. Controlled values come from the EU
/// vocabularies DCAT-AP names (file types, data themes, access rights, country), media types from IANA. The context
/// is inline, so a harvester expands it without fetching anything.
/// </summary>
public static class DcatCatalog
{
    private const string Eu = "http://publications.europa.eu/resource/authority";
    private const string Iana = "https://www.iana.org/assignments/media-types";
    private const string DataLicence = "https://creativecommons.org/licenses/by/4.0/";

    private static readonly JsonObject Context = new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
    };

    /// <param name="campaign">The campaign whose catalog the dataset is.</param>
    /// <param name="releases">Its releases, any order; none yet gives a catalog with no dataset.</param>
    /// <param name="byteSize">The size of a release's whole file in a format.</param>
    /// <param name="publisher">The publishing authority's name (the ministry).</param>
    /// <param name="baseUrl">The gateway's public address, without a trailing slash.</param>
    /// <param name="modifiedSince">Only a dataset changed at or after this instant is listed (CKAN's harvesters ask so).</param>
    public static JsonObject Build(
        PublicCampaign campaign, IReadOnlyList<PublicReleaseInfo> releases, Func<int, string, long> byteSize, string publisher,
        string baseUrl, DateTimeOffset? modifiedSince)
    {
        var agent = Publisher(publisher, baseUrl);
        var catalog = new JsonObject
        {
            ["@context"] = Context.DeepClone(),
            ["@id"] = $"{baseUrl}/api/catalog/dcat.jsonld",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = Text("全国消费促进月活动目录", "National Consumption Promotion Month activity catalog"),
            ["dct:description"] = Text(
                "商务部会同各地发布的消费促进月重点活动目录，按发布版本提供。",
                "The key activities of the Consumption Promotion Month, as released by the Ministry of Commerce with the regions."),
            ["dct:publisher"] = agent.DeepClone(),
            ["foaf:homepage"] = Id($"{baseUrl}/"),
            ["dct:language"] = Id($"{Eu}/language/ZHO"),
            ["dct:license"] = Licence(),
        };
        var ordered = releases.OrderBy(r => r.Version).ToList();
        if (ordered.Count == 0)
        {
            return catalog;
        }
        var issued = ordered[0].PublishedAt;
        var modified = ordered[^1].PublishedAt;
        catalog["dct:issued"] = Instant(issued);
        catalog["dct:modified"] = Instant(modified);
        if (modifiedSince is { } since && modified < since)
        {
            return catalog;
        }
        catalog["dcat:dataset"] = new JsonArray(Dataset(campaign, ordered, byteSize, agent, baseUrl, issued, modified));
        return catalog;
    }

    private static JsonObject Dataset(
        PublicCampaign campaign, List<PublicReleaseInfo> releases, Func<int, string, long> byteSize, JsonObject agent,
        string baseUrl, DateTimeOffset issued, DateTimeOffset modified) => new()
    {
        ["@id"] = $"{baseUrl}/api/catalog/dcat.jsonld#dataset-{campaign.Code}",
        ["@type"] = "dcat:Dataset",
        ["dct:identifier"] = $"promomonth-catalog-{campaign.Code}",
        ["dct:title"] = Text($"{campaign.Name}重点活动目录", $"{campaign.Name}: national activity catalog"),
        ["dct:description"] = Text(campaign.Theme, "Every release of the national catalog of key promotion activities."),
        ["dct:publisher"] = agent,
        ["dct:issued"] = Instant(issued),
        ["dct:modified"] = Instant(modified),
        ["dct:spatial"] = new JsonObject { ["@id"] = $"{Eu}/country/CHN", ["@type"] = "dct:Location" },
        ["dct:temporal"] = new JsonObject
        {
            ["@type"] = "dct:PeriodOfTime",
            ["dcat:startDate"] = Day(campaign.WindowStart),
            ["dcat:endDate"] = Day(campaign.WindowEnd),
        },
        ["dcat:theme"] = Id($"{Eu}/data-theme/ECON"),
        ["dcat:keyword"] = new JsonArray(Tagged("消费促进月", "zh"), Tagged("consumption promotion", "en")),
        ["dct:accessRights"] = Id($"{Eu}/access-right/PUBLIC"),
        ["dct:accrualPeriodicity"] = Id($"{Eu}/frequency/IRREG"),
        ["dcat:landingPage"] = Id($"{baseUrl}/api/catalog/activities"),
        // An office's address and page, never a person's name or number.
        ["dcat:contactPoint"] = new JsonObject
        {
            ["@type"] = "vcard:Organization",
            ["vcard:fn"] = "商务部消费促进司 Department of Consumption Promotion",
            ["vcard:hasURL"] = Id($"{baseUrl}/"),
        },
        ["dcat:distribution"] = new JsonArray(
            [
                .. releases.SelectMany(r => ReleaseFile.Formats.Select(
                    f => (JsonNode)Distribution(r, f, byteSize(r.Version, f), baseUrl))),
            ]),
    };

    private static JsonObject Distribution(PublicReleaseInfo release, string format, long bytes, string baseUrl)
    {
        var releaseBase = $"{baseUrl}/api/catalog/releases/{release.Version}";
        return new JsonObject
        {
            ["@id"] = $"{releaseBase}/catalog.{format}",
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = Text($"第{release.Version}版（{FileType(format)}）", $"Release {release.Version} ({FileType(format)})"),
            ["dct:description"] = Text($"第{release.Version}版目录，共{release.ActivityCount}项活动。",
                $"Release {release.Version}: {release.ActivityCount} activities."),
            ["dcat:accessURL"] = Id($"{releaseBase}/activities.{format}"),
            ["dcat:downloadURL"] = Id($"{releaseBase}/catalog.{format}"),
            ["dct:format"] = Id($"{Eu}/file-type/{FileType(format)}"),
            ["dcat:mediaType"] = Id($"{Iana}/{ReleaseFile.MediaTypeOf(format)}"),
            ["dcat:byteSize"] = new JsonObject
            {
                ["@value"] = bytes.ToString(CultureInfo.InvariantCulture),
                ["@type"] = "xsd:nonNegativeInteger",
            },
            ["dct:issued"] = Instant(release.PublishedAt),
            ["dct:license"] = Licence(),
        };
    }

    private static JsonObject Publisher(string name, string baseUrl) => new()
    {
        ["@id"] = $"{baseUrl}/#publisher",
        ["@type"] = "foaf:Agent",
        ["foaf:name"] = name,
        ["dct:type"] = Id("http://purl.org/adms/publishertype/NationalAuthority"),
    };

    private static JsonObject Licence() => new() { ["@id"] = DataLicence, ["@type"] = "dct:LicenseDocument" };

    private static string FileType(string format) => format switch
    {
        ReleaseFile.JsonLd => "JSON_LD",
        ReleaseFile.Csv => "CSV",
        _ => "JSON",
    };

    private static JsonObject Id(string iri) => new() { ["@id"] = iri };

    private static JsonArray Text(string zh, string en) => new(Tagged(zh, "zh"), Tagged(en, "en"));

    private static JsonObject Tagged(string text, string language) => new() { ["@value"] = text, ["@language"] = language };

    private static JsonObject Instant(DateTimeOffset at) => new()
    {
        ["@value"] = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["@type"] = "xsd:dateTime",
    };

    private static JsonObject Day(DateOnly day) => new()
    {
        ["@value"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["@type"] = "xsd:date",
    };
}

using System.Text;
using System.Text.Json;
using PromoMonth.EventRegistry.Apis;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>
/// A whole release as one file, in JSON, JSON-LD or CSV: what an open-data portal downloads. The bytes are rendered the
/// same way every time, so the size the DCAT document states is the size the download has.
/// </summary>
public sealed record ReleaseFile(byte[] Content, string MediaType, string FileName)
{
    public const string Json = "json";
    public const string JsonLd = "jsonld";
    public const string Csv = "csv";

    public static IReadOnlyList<string> Formats { get; } = [Json, JsonLd, Csv];

    /// <summary>The media type each format is served as (without its charset), as DCAT's mediaType names it.</summary>
    public static string MediaTypeOf(string format) => format switch
    {
        JsonLd => "application/ld+json",
        Csv => "text/csv",
        _ => "application/json",
    };

    public static ReleaseFile Render(
        PublicCampaign campaign, CatalogSnapshot release, string format, string baseUrl, JsonSerializerOptions json)
    {
        var name = $"catalog-{campaign.Code}-r{release.Version}.{format}";
        var entries = release.Entries;
        var content = format switch
        {
            JsonLd => Encoding.UTF8.GetBytes(JsonLdCatalog.Build(campaign, entries, baseUrl).ToJsonString(JsonLdCatalog.Output)),
            Csv => CsvCatalog.Build(entries),
            _ => JsonSerializer.SerializeToUtf8Bytes(
                new CatalogPage(campaign, release.Version, release.PublishedAt, entries, 1, Math.Max(1, entries.Count), entries.Count),
                json),
        };
        return new ReleaseFile(content, MediaTypeOf(format), name);
    }
}

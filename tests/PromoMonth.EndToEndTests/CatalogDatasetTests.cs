using System.Net;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// The national catalog as an open dataset: the DCAT-AP 3 document an open-data portal harvests, expanded by jsonld.js,
/// with every property DCAT-AP makes mandatory for its classes, and distributions whose sizes are what they download.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class CatalogDatasetTests(SystemFixture system)
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";

    /// <summary>DCAT-AP 3.0's mandatory properties, per class.</summary>
    private static readonly Dictionary<string, string[]> Mandatory = new(StringComparer.Ordinal)
    {
        [$"{Dcat}Catalog"] = [$"{Dct}title", $"{Dct}description", $"{Dct}publisher"],
        [$"{Dcat}Dataset"] = [$"{Dct}title", $"{Dct}description"],
        [$"{Dcat}Distribution"] = [$"{Dcat}accessURL"],
        [$"{Foaf}Agent"] = [$"{Foaf}name"],
    };

    [Fact]
    public async Task The_dcat_document_expands_with_every_mandatory_property_and_each_release_in_three_downloadable_formats()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using (var published = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { }))
        {
            Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        }

        using var answer = await system.Gateway.GetAsync("/api/catalog/dcat.jsonld");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/ld+json", answer.Content.Headers.ContentType?.MediaType);
        var expanded = JsonDocument.Parse(await JsonLdProcessor.ExpandAsync(await answer.Content.ReadAsStringAsync())).RootElement;

        var nodes = Nodes(expanded).ToList();
        foreach (var (type, properties) in Mandatory)
        {
            var typed = nodes.Where(n => Types(n).Contains(type)).ToList();
            Assert.True(typed.Count > 0, $"no {type} in the document");
            Assert.All(typed, node => Assert.All(properties, p => Assert.True(
                node.TryGetProperty(p, out var value) && value.GetArrayLength() > 0, $"a {type} has no {p}")));
        }
        var dataset = Assert.Single(nodes, n => Types(n).Contains($"{Dcat}Dataset"));
        foreach (var recommended in new[] { "contactPoint", "distribution", "keyword", "theme" })
        {
            Assert.True(dataset.TryGetProperty($"{Dcat}{recommended}", out _), $"the dataset has no dcat:{recommended}");
        }
        foreach (var recommended in new[] { "publisher", "spatial", "temporal", "issued", "modified" })
        {
            Assert.True(dataset.TryGetProperty($"{Dct}{recommended}", out _), $"the dataset has no dct:{recommended}");
        }
        var contact = dataset.GetProperty($"{Dcat}contactPoint")[0].GetRawText();
        Assert.DoesNotContain("138", contact, StringComparison.Ordinal);

        var distributions = nodes.Where(n => Types(n).Contains($"{Dcat}Distribution")).ToList();
        Assert.Equal(0, distributions.Count % 3);
        var latest = distributions.Select(IdOf).Where(id => id.EndsWith("/catalog.csv", StringComparison.Ordinal)).Max(VersionOf);
        foreach (var distribution in distributions.Where(d => VersionOf(IdOf(d)) == latest))
        {
            var download = new Uri(distribution.GetProperty($"{Dcat}downloadURL")[0].GetProperty("@id").GetString()!);
            var size = long.Parse(distribution.GetProperty($"{Dcat}byteSize")[0].GetProperty("@value").GetString()!,
                System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(distribution.TryGetProperty($"{Dct}format", out _));
            Assert.True(distribution.TryGetProperty($"{Dcat}mediaType", out _));
            using var file = await system.Gateway.GetAsync(download.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(size, (await file.Content.ReadAsByteArrayAsync()).LongLength);
        }
    }

    [Fact]
    public async Task Modified_since_after_the_last_release_leaves_the_dataset_out_and_a_malformed_one_is_refused()
    {
        var since = Uri.EscapeDataString("2999-01-01T00:00:00Z");
        using var later = await system.Gateway.GetAsync($"/api/catalog/dcat.jsonld?modified_since={since}");
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        var document = JsonDocument.Parse(await later.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("dcat:Catalog", document.GetProperty("@type").GetString());
        Assert.False(document.TryGetProperty("dcat:dataset", out _));

        using var malformed = await system.Gateway.GetAsync("/api/catalog/dcat.jsonld?modified_since=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Every node object in the expanded document, nested ones included.</summary>
    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Nodes))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("@type", out _))
            {
                yield return element;
            }
            foreach (var property in element.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
            {
                foreach (var nested in Nodes(property.Value))
                {
                    yield return nested;
                }
            }
        }
    }

    private static List<string> Types(JsonElement node) =>
        node.TryGetProperty("@type", out var types) && types.ValueKind == JsonValueKind.Array
            ? [.. types.EnumerateArray().Select(t => t.GetString()!)]
            : [];

    private static string IdOf(JsonElement node) => node.GetProperty("@id").GetString()!;

    private static int VersionOf(string distributionId) =>
        int.Parse(distributionId.Split("/releases/")[1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
}

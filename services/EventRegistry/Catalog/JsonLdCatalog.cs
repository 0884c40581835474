using System.Text.Json.Nodes;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>
/// The catalog as schema.org JSON-LD: the campaign is an <c>EventSeries</c>, each activity an <c>Event</c> (a
/// <c>SaleEvent</c> where it sells) with <c>superEvent</c>, <c>eventStatus</c>, <c>eventAttendanceMode</c>, a <c>Place</c>
/// or <c>VirtualLocation</c>, and its organiser identified by credit code. The context is inline, so a processor
/// expands it without fetching anything.
/// </summary>
public static class JsonLdCatalog
{
    private const string Schema = "https://schema.org/";

    /// <summary>Chinese text stays readable in the document instead of \u escapes.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Output =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Build(PublicCampaign campaign, IReadOnlyList<CatalogEntry> entries, string baseUrl)
    {
        var seriesId = $"{baseUrl}/api/catalog/campaigns/{campaign.Code}";
        return new JsonObject
        {
            ["@context"] = new JsonObject { ["@vocab"] = Schema },
            ["@type"] = "EventSeries",
            ["@id"] = seriesId,
            ["name"] = campaign.Name,
            ["description"] = campaign.Theme,
            ["startDate"] = campaign.WindowStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["endDate"] = campaign.WindowEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["organizer"] = new JsonArray(
                [.. campaign.Organisers.Select(o => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = o })]),
            ["subEvent"] = new JsonArray([.. entries.Select(e => (JsonNode)Event(e, seriesId, baseUrl))]),
        };
    }

    private static JsonObject Event(CatalogEntry e, string seriesId, string baseUrl)
    {
        var node = new JsonObject
        {
            ["@type"] = IsSale(e.Category) ? new JsonArray("Event", "SaleEvent") : "Event",
            ["@id"] = $"{baseUrl}/api/catalog/activities/{e.Id}",
            ["identifier"] = e.Id.ToString(),
            ["name"] = e.Title,
            ["description"] = e.Summary,
            ["startDate"] = e.StartsAt.ToString("O"),
            ["endDate"] = e.EndsAt.ToString("O"),
            ["eventStatus"] = Iri(e.Status == ActivityStatus.Postponed ? "EventRescheduled" : "EventScheduled"),
            ["eventAttendanceMode"] = Iri(e.AttendanceMode switch
            {
                AttendanceMode.Online => "OnlineEventAttendanceMode",
                AttendanceMode.Mixed => "MixedEventAttendanceMode",
                _ => "OfflineEventAttendanceMode",
            }),
            ["location"] = Location(e),
            ["organizer"] = Organization(e.Organiser, e.OrganiserCreditCode),
            ["superEvent"] = new JsonObject { ["@id"] = seriesId },
        };
        if (e.OriginalStartsAt is { } previous)
        {
            node["previousStartDate"] = previous.ToString("O");
        }
        if (e.Capacity is { } capacity)
        {
            node["maximumAttendeeCapacity"] = capacity;
        }
        if (e.ParticipatingEnterprises.Count > 0)
        {
            node["sponsor"] = new JsonArray([.. e.ParticipatingEnterprises.Select(p => (JsonNode)Organization(p.Name, p.CreditCode))]);
        }
        return node;
    }

    private static JsonNode Location(CatalogEntry e)
    {
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = e.Venue,
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = e.Address,
                ["addressRegion"] = e.RegionName,
                ["addressCountry"] = "CN",
            },
        };
        var virtualPlaces = e.OnlineLinks.Select(link => (JsonNode)new JsonObject { ["@type"] = "VirtualLocation", ["url"] = link });
        return e.AttendanceMode switch
        {
            AttendanceMode.Online => new JsonArray([.. virtualPlaces]),
            AttendanceMode.Mixed => new JsonArray([place, .. virtualPlaces]),
            _ => place,
        };
    }

    private static JsonObject Organization(string name, string? creditCode)
    {
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = name };
        if (creditCode is not null)
        {
            // The unified social credit code is the organisation's national identifier.
            organization["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "USCC", ["value"] = creditCode };
        }
        return organization;
    }

    private static JsonObject Iri(string term) => new() { ["@id"] = Schema + term };

    private static bool IsSale(ActivityCategory category) =>
        category is ActivityCategory.Retail or ActivityCategory.Automotive or ActivityCategory.HomeAppliances or ActivityCategory.ECommerce;
}

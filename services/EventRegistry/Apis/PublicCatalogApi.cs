using System.Globalization;
using System.IO.Hashing;
using System.Text;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PromoMonth.EventRegistry.Catalog;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public static class PublicCatalogApi
{
    private const string Json = "json";
    private const string JsonLd = "jsonld";
    private const string Csv = "csv";

    public static IEndpointRouteBuilder MapPublicCatalogApi(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithTags("Public catalog").AllowAnonymous();
        const string formats = "Format by Accept (application/json, application/ld+json, text/csv) or by extension (.json, .jsonld, "
            + ".csv). Dates in from/to are calendar days in Asia/Shanghai; the range matches activities that overlap it.";

        catalog.MapGet("/activities",
                (HttpContext http, CatalogCache cache, [AsParameters] CatalogParameters query, CancellationToken ct) =>
                    Activities(http, cache, query, null, null, ct))
            .WithName("ReadCatalog").WithSummary("The latest release of the national activity catalog").WithDescription(formats)
            .Produces<CatalogPage>(StatusCodes.Status200OK, "application/json", "application/ld+json", "text/csv");
        catalog.MapGet("/activities.{format}",
                (string format, HttpContext http, CatalogCache cache, [AsParameters] CatalogParameters query, CancellationToken ct) =>
                    Activities(http, cache, query, null, format, ct))
            .WithName("ReadCatalogAs").WithSummary("The latest release, in the format the extension names")
            .Produces<CatalogPage>(StatusCodes.Status200OK, "application/json", "application/ld+json", "text/csv");
        catalog.MapGet("/releases/{version:int}/activities",
                (int version, HttpContext http, CatalogCache cache, [AsParameters] CatalogParameters query, CancellationToken ct) =>
                    Activities(http, cache, query, version, null, ct))
            .WithName("ReadCatalogRelease").WithSummary("One release of the catalog by its number").WithDescription(formats)
            .Produces<CatalogPage>(StatusCodes.Status200OK, "application/json", "application/ld+json", "text/csv");
        catalog.MapGet("/releases/{version:int}/activities.{format}",
                (int version, string format, HttpContext http, CatalogCache cache, [AsParameters] CatalogParameters query,
                    CancellationToken ct) => Activities(http, cache, query, version, format, ct))
            .WithName("ReadCatalogReleaseAs").WithSummary("One release, in the format the extension names")
            .Produces<CatalogPage>(StatusCodes.Status200OK, "application/json", "application/ld+json", "text/csv");
        catalog.MapGet("/activities/{id:guid}", Activity).WithName("ReadCatalogActivity")
            .WithSummary("One activity as the latest release shows it").Produces<CatalogEntry>();
        catalog.MapGet("/releases", Releases).WithName("ListPublicReleases")
            .WithSummary("Every published release, newest first, with what each changed")
            .Produces<IReadOnlyList<PublicReleaseInfo>>();
        catalog.MapGet("/summary", Summary).WithName("SummarizeCatalog")
            .WithSummary("The latest release counted by reporting unit and by campaign day (the public campaign board)")
            .Produces<CatalogSummary>();
        catalog.MapGet("/dcat.jsonld", Dcat).WithName("ReadCatalogDataset")
            .WithSummary("The catalog as an open dataset (DCAT-AP 3, JSON-LD), for open-data portals to harvest")
            .WithDescription("One dcat:Dataset with a dcat:Distribution per release in JSON, JSON-LD and CSV, each with its "
                + "download address and byte size. modified_since (as CKAN's harvesters send it) leaves the dataset out when "
                + "no release was published at or after that instant.")
            .Produces<string>(StatusCodes.Status200OK, "application/ld+json").ProducesValidationProblem();
        catalog.MapGet("/releases/{version:int}/catalog.{format}", ReleaseDownload).WithName("DownloadCatalogRelease")
            .WithSummary("One whole release as a file (json, jsonld or csv): a DCAT distribution's download")
            .Produces<CatalogPage>(StatusCodes.Status200OK, "application/json", "application/ld+json", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapGet("/launch", Launch).WithName("ReadLaunchProgramme")
            .WithSummary("The launch ceremony and its regional video link-ups").Produces<LaunchProgramme>();
        return app;
    }

    internal static async Task<IResult> Activities(HttpContext http, CatalogCache cache, CatalogParameters parameters, int? version,
        string? extension, CancellationToken cancellationToken)
    {
        var format = extension is null ? Negotiate(http.Request.Headers.Accept.ToString()) : extension.ToLowerInvariant();
        if (format is not (Json or JsonLd or Csv))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No catalog format '{extension}'.",
                detail: "Use .json, .jsonld or .csv.");
        }
        var campaign = await cache.CampaignAsync(parameters.Campaign, cancellationToken);
        if (campaign is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such campaign.");
        }
        var snapshot = await SnapshotAsync(cache, campaign, version, cancellationToken);
        if (snapshot is null)
        {
            var missing = version is null ? "No catalog release has been published yet." : $"Release {version} does not exist.";
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: missing);
        }

        // A release never changes, so its number and the query decide the answer: the ETag needs no body.
        var queryHash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(http.Request.QueryString.Value ?? ""));
        var etag = $"\"{campaign.Code}-{snapshot.Version}-{format}-{queryHash:x}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, max-age=5";
        http.Response.Headers.Vary = HeaderNames.Accept;
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var errors = new RequestErrors();
        var category = QueryValues.Enum<ActivityCategory>(parameters.Category, "category", errors);
        var attendanceMode = QueryValues.Enum<AttendanceMode>(parameters.AttendanceMode, "attendanceMode", errors);
        var days = DateRange.OfDays(parameters.From, parameters.To, errors);
        var paging = PageRequest.From(parameters.Page, parameters.PageSize, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var query = new CatalogQuery(parameters.Region, parameters.City, category, attendanceMode, days,
            parameters.Q, parameters.ModifiedSince, parameters.Sort == "-startsAt", paging);
        var (items, total) = query.Apply(snapshot.Index);
        http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return format switch
        {
            JsonLd => Results.Text(JsonLdCatalog.Build(campaign, items, PublicBaseUrl(http)).ToJsonString(JsonLdCatalog.Output),
                "application/ld+json; charset=utf-8", Encoding.UTF8),
            Csv => Results.File(CsvCatalog.Build(items), "text/csv; charset=utf-8", $"catalog-{campaign.Code}-r{snapshot.Version}.csv"),
            _ => Results.Ok(new CatalogPage(
                campaign, snapshot.Version, snapshot.PublishedAt, items, query.Paging.Page, query.Paging.PageSize, total)),
        };
    }

    internal static async Task<IResult> Activity(Guid id, string? campaign, CatalogCache cache, CancellationToken cancellationToken)
    {
        var found = await cache.CampaignAsync(campaign, cancellationToken);
        var snapshot = found is null ? null : await SnapshotAsync(cache, found, null, cancellationToken);
        var entry = snapshot?.Index.Find(id);
        return entry is null ? Results.NotFound() : Results.Ok(entry);
    }

    internal static async Task<IResult> Releases(string? campaign, CatalogCache cache, CancellationToken cancellationToken)
    {
        var found = await cache.CampaignAsync(campaign, cancellationToken);
        return found is null ? Results.NotFound() : Results.Ok(await cache.ReleasesAsync(found.Id, cancellationToken));
    }

    internal static async Task<IResult> Summary(string? campaign, CatalogCache cache, CancellationToken cancellationToken)
    {
        var found = await cache.CampaignAsync(campaign, cancellationToken);
        var snapshot = found is null ? null : await SnapshotAsync(cache, found, null, cancellationToken);
        return snapshot is null ? Results.NotFound() : Results.Ok(CatalogSummary.Of(found!, snapshot));
    }

    internal static async Task<IResult> Launch(string? campaign, CatalogCache cache, CancellationToken cancellationToken)
    {
        var found = await cache.CampaignAsync(campaign, cancellationToken);
        return found is null ? Results.NotFound() : Results.Ok(await cache.LaunchAsync(found, cancellationToken));
    }

    internal static async Task<IResult> Dcat(
        HttpContext http, string? campaign, [FromQuery(Name = "modified_since")] string? modifiedSince, CatalogCache cache,
        IOptions<RegistryOptions> options, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        DateTimeOffset? since = null;
        if (!string.IsNullOrWhiteSpace(modifiedSince))
        {
            if (!DateTimeOffset.TryParse(modifiedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                var errors = new RequestErrors();
                errors.Add("modified_since", "An ISO 8601 date or instant, for example 2020-09-10 or 2020-09-10T08:00:00+08:00.");
                return errors.ToValidationProblem();
            }
            since = parsed;
        }
        var found = await cache.CampaignAsync(campaign, cancellationToken);
        if (found is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such campaign.");
        }
        var baseUrl = PublicBaseUrl(http);
        var releases = await cache.ReleasesAsync(found.Id, cancellationToken);
        var sizes = new Dictionary<(int, string), long>();
        foreach (var release in releases)
        {
            foreach (var format in ReleaseFile.Formats)
            {
                sizes[(release.Version, format)] = await cache.FileSizeAsync(found, release.Version, format,
                    snapshot => ReleaseFile.Render(found, snapshot, format, baseUrl, json.Value.SerializerOptions), cancellationToken);
            }
        }
        var document = DcatCatalog.Build(found, releases, (version, format) => sizes[(version, format)], options.Value.PublisherName,
            baseUrl, since);
        http.Response.Headers.CacheControl = "public, max-age=5";
        return Results.Text(document.ToJsonString(JsonLdCatalog.Output), "application/ld+json; charset=utf-8", Encoding.UTF8);
    }

    internal static async Task<IResult> ReleaseDownload(
        int version, string format, string? campaign, HttpContext http, CatalogCache cache, IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken)
    {
        var wanted = format.ToLowerInvariant();
        if (!ReleaseFile.Formats.Contains(wanted))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No catalog format '{format}'.",
                detail: "Use .json, .jsonld or .csv.");
        }
        var found = await cache.CampaignAsync(campaign, cancellationToken);
        var snapshot = found is null ? null : await SnapshotAsync(cache, found, version, cancellationToken);
        if (snapshot is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Release {version} does not exist.");
        }
        var file = ReleaseFile.Render(found!, snapshot, wanted, PublicBaseUrl(http), json.Value.SerializerOptions);
        // A release never changes: its file may be kept as long as a harvester likes.
        http.Response.Headers.ETag = $"\"{found!.Code}-{snapshot.Version}-{wanted}-file\"";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.File(file.Content, $"{file.MediaType}; charset=utf-8", file.FileName);
    }

    private static async Task<CatalogSnapshot?> SnapshotAsync(
        CatalogCache cache, PublicCampaign campaign, int? version, CancellationToken cancellationToken)
    {
        // A number past the latest release is answered without a cache entry of its own.
        var latest = await cache.LatestVersionAsync(campaign.Id, cancellationToken);
        var wanted = version ?? latest;
        return wanted <= 0 || wanted > latest ? null : await cache.ReleaseAsync(campaign.Id, wanted, cancellationToken);
    }

    /// <summary>Identifiers are built on the configured public address, never on the request's (forgeable) Host.</summary>
    private static string PublicBaseUrl(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<RegistryOptions>>().Value.PublicBaseUrl.TrimEnd('/');

    private static string Negotiate(string accept) =>
        accept.Contains("application/ld+json", StringComparison.OrdinalIgnoreCase) ? JsonLd
        : accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? Csv
        : Json;
}

using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PromoMonth.ServiceDefaults.OpenApi;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Importing;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Apis;

/// <summary>
/// Bulk import: a CSV file or a DHIS2-style dataValueSets document, read row by row within its byte and row caps
/// (<see cref="ImportLimits"/>) and validated whole before anything is stored.
/// </summary>
public static class ImportsApi
{
    /// <summary>The JSON form: DHIS2's dataValueSets, period and orgUnit given once or on each value.</summary>
    private static readonly OpenApiSchema DataValueSets = new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "dataValues" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["period"] = Text("The period's code, for every value that names none."),
            ["orgUnit"] = Text("The reporting unit's 6-digit code, for every value that names none."),
            ["dataValues"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "dataElement", "value" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["period"] = Text("The period's code."),
                        ["orgUnit"] = Text("The reporting unit's 6-digit code."),
                        ["dataElement"] = Text("The indicator's code in the campaign's form."),
                        ["city"] = Text("A city's code, for a city breakdown."),
                        ["enterprise"] = Text("A key enterprise's credit code, for an enterprise breakdown."),
                        ["value"] = Text("The value, as a decimal number."),
                        ["comment"] = Text("A note kept with the value."),
                    },
                },
            },
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/statistics/imports", Import).WithTags("Bulk import").WithName("ImportDataValues")
            .WithSummary("Post text/csv (period,orgUnit,dataElement,city,enterprise,value,comment) or application/json (dataValueSets)")
            .WithDescription("All or nothing. At most Statistics:Import:MaxBytes bytes and MaxRows values (413 past either, "
                + "nothing stored). A refused import gives rejectedCount and the first MaxEchoedErrors rejected rows in rejectedRows.")
            .RequireWrite(Scopes.Statistics)
            .Accepts<string>("text/csv", "application/json")
            .WithBodyExample("text/csv", JsonValue.Create(
                "period,orgUnit,dataElement,city,enterprise,value,comment\n"
                + "2020-daily-0909,310000,activity_sessions,,,120,\n"
                + "2020-daily-0909,310000,activity_sessions,310100,,120,黄浦区\n"))
            .WithBodyExample("application/json", new JsonObject
            {
                ["period"] = "2020-daily-0909",
                ["orgUnit"] = "310000",
                ["dataValues"] = new JsonArray(
                    new JsonObject { ["dataElement"] = "activity_sessions", ["value"] = "120" },
                    new JsonObject { ["dataElement"] = "sales_driven", ["value"] = "35600000", ["comment"] = "含线上" }),
            }, DataValueSets)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    internal static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> Import(
        HttpRequest request, ClaimsPrincipal caller, BulkImporter importer, RollupCache rollups, IOptions<ImportLimits> options,
        CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (request.ContentLength > limits.MaxBytes)
        {
            return TooLarge($"An import file has at most {limits.MaxBytes} bytes.");
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxBytes;
        }
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        List<ImportRow>? rows;
        string? error;
        try
        {
            var body = new CappedStream(request.Body, limits.MaxBytes);
            (rows, error) = mediaType switch
            {
                "text/csv" => await ImportParsers.ReadCsvAsync(body, limits.MaxRows, cancellationToken),
                "application/json" => await ImportParsers.ReadDataValueSetsAsync(body, limits.MaxRows, cancellationToken),
                _ => (null, null),
            };
        }
        catch (ImportTooLargeException tooLarge)
        {
            return TooLarge(tooLarge.Message);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge($"An import file has at most {limits.MaxBytes} bytes.");
        }
        if (rows is null)
        {
            return TypedResults.Problem("Post text/csv or application/json (a dataValueSets document).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported import format.");
        }
        if (error is not null || rows.Count == 0)
        {
            return TypedResults.Problem(error ?? "The file holds no values.", statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The file cannot be read.");
        }
        var (summary, rejected) = await importer.ImportAsync(rows, caller.BoundRegion(), caller.Actor(), cancellationToken);
        if (summary is null)
        {
            return Refused(rejected, rows.Count, limits.MaxEchoedErrors);
        }
        await rollups.ChangedAsync(cancellationToken);
        return TypedResults.Ok(summary);
    }

    /// <summary>The refusal lists the first rejected rows only: a file of bad rows must not come back as a larger answer.</summary>
    internal static ProblemHttpResult Refused(IReadOnlyList<RejectedRow> rejected, int rowCount, int maxEchoed) =>
        TypedResults.Problem(
            $"{rejected.Count} of {rowCount} rows were rejected; nothing was stored."
                + (rejected.Count > maxEchoed ? $" The first {maxEchoed} are listed." : ""),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The import was refused.",
            extensions: new Dictionary<string, object?>
            {
                ["rejectedCount"] = rejected.Count,
                ["rejectedRows"] = rejected.Take(maxEchoed).ToList(),
            });

    private static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The import file is too large; nothing was stored.");
}

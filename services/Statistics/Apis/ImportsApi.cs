using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Importing;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Apis;

/// <summary>Bulk import: a CSV file or a DHIS2-style dataValueSets document, validated whole before anything is stored.</summary>
public static class ImportsApi
{
    /// <summary>A whole campaign of daily reports with city and enterprise breakdowns, with room to spare.</summary>
    private const long MaxBytes = 200 * 1024 * 1024;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/statistics/imports", Import).WithTags("Bulk import").WithName("ImportDataValues")
            .WithSummary("Post text/csv (period,orgUnit,dataElement,city,enterprise,value,comment) or application/json (dataValueSets); all or nothing, every rejected row listed")
            .RequireWrite(Scopes.Statistics)
            .Accepts<string>("text/csv", "application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    internal static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal caller, BulkImporter importer, RollupCache rollups, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBytes;
        }
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var (rows, error) = mediaType switch
        {
            "text/csv" => await ImportParsers.ReadCsvAsync(request.Body, cancellationToken),
            "application/json" => await ImportParsers.ReadDataValueSetsAsync(request.Body, cancellationToken),
            _ => (null, null),
        };
        if (rows is null)
        {
            return TypedResults.Problem("Post text/csv or application/json (a dataValueSets document).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported import format.");
        }
        if (error is not null || rows.Count == 0)
        {
            return TypedResults.Problem(error ?? "The file holds no values.", statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file cannot be read.");
        }
        var (summary, rejected) = await importer.ImportAsync(rows, caller.BoundRegion(), caller.ClientId() ?? "unknown", cancellationToken);
        if (summary is not null)
        {
            await rollups.ChangedAsync(cancellationToken);
        }
        return summary is not null
            ? TypedResults.Ok(summary)
            : TypedResults.Problem($"{rejected.Count} of {rows.Count} rows were rejected; nothing was stored.", statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The import was refused.", extensions: new Dictionary<string, object?> { ["rejectedRows"] = rejected });
    }
}

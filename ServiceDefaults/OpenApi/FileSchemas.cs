using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// A CSV, XLSX, PNG, SVG or PDF body or answer is a file, whatever type the code's metadata named beside its JSON
/// form: text media types are strings, the others raw bytes (binary, not base64). Without this a generated client would
/// parse a spreadsheet as JSON, or base64-encode an upload the service reads as bytes.
/// </summary>
internal static class FileSchemas
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var contents = (operation.Responses ?? []).Values.OfType<OpenApiResponse>().Select(r => r.Content)
            .Append(operation.RequestBody?.Content)
            .OfType<IDictionary<string, OpenApiMediaType>>();
        foreach (var (mediaType, file) in contents.SelectMany(c => c))
        {
            // A schema that already is a string (a Stream's binary component) stays, so its component stays used.
            if (!IsJson(mediaType) && !IsForm(mediaType) && file.Schema?.Type != JsonSchemaType.String)
            {
                file.Schema = IsText(mediaType)
                    ? new OpenApiSchema { Type = JsonSchemaType.String }
                    : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            }
        }
        return Task.CompletedTask;
    }

    private static bool IsForm(string mediaType) =>
        mediaType.StartsWith("multipart/", StringComparison.Ordinal) || mediaType == "application/x-www-form-urlencoded";

    private static bool IsJson(string mediaType) =>
        mediaType.Split(';')[0].Trim() is var type
        && (type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal) || type == "application/ld+json");

    private static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.StartsWith("image/svg+xml", StringComparison.Ordinal);
}

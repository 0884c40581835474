using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// An example (and, where the code reads the body itself, its schema) for a body that has no type of its own to carry
/// them: a CSV file, or a JSON document read as a stream.
/// </summary>
public static class BodyExampleExtensions
{
    public static RouteHandlerBuilder WithBodyExample(
        this RouteHandlerBuilder endpoint, string mediaType, JsonNode example, IOpenApiSchema? schema = null) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content?.TryGetValue(mediaType, out var content) == true)
            {
                content.Example = example.DeepClone();
                content.Schema = schema ?? content.Schema;
            }
            return Task.CompletedTask;
        });
}

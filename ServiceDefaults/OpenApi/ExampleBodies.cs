using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// Puts each type's <see cref="IDocumentedExample{TSelf}"/> on the JSON bodies and answers of that type, written with
/// the API's own serializer options (camelCase, enums as strings), so the example is exactly what goes over the wire.
/// </summary>
internal static class ExampleBodies
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = context.Description.ParameterDescriptions
            .FirstOrDefault(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form)?.Type;
        if (body is not null && Example(body, json) is { } request)
        {
            foreach (var content in (operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
            {
                Set(content, request);
            }
        }
        // A success's example only: the same type may also describe a refusal (a revoked licence's 410).
        foreach (var answer in context.Description.SupportedResponseTypes.Where(a => a.StatusCode is >= 200 and < 300))
        {
            var status = answer.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var response = operation.Responses?.GetValueOrDefault(status);
            if (answer.Type is { } type && Example(type, json) is { } value && response?.Content is { } contents)
            {
                foreach (var (mediaType, content) in contents)
                {
                    if (mediaType.Contains("json", StringComparison.Ordinal))
                    {
                        Set(content, value);
                    }
                }
            }
        }
        return Task.CompletedTask;
    }

    private static void Set(OpenApiMediaType content, JsonNode example)
    {
        if (content is OpenApiMediaType media)
        {
            media.Example = example.DeepClone();
        }
    }

    /// <summary>The type's example as JSON, when the type has one (a nullable body takes its underlying type's).</summary>
    private static JsonNode? Example(Type type, JsonSerializerOptions json)
    {
        var exampled = Nullable.GetUnderlyingType(type) ?? type;
        if (!exampled.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDocumentedExample<>)))
        {
            return null;
        }
        var value = exampled.GetProperty(nameof(IDocumentedExample<>.Example), BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        return value is null ? null : JsonSerializer.SerializeToNode(value, exampled, json);
    }
}

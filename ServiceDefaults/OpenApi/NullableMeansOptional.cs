using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// A nullable property is not required: the framework lists every constructor parameter as required, but a body that
/// leaves a nullable field out binds it to null, exactly as an explicit null. Without this a generated client makes a
/// partner spell out every optional field (activityId: null, attachmentLinks: null) to compile.
/// </summary>
internal static class NullableMeansOptional
{
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required)
        {
            return Task.CompletedTask;
        }
        foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.IsSetNullable && !p.IsRequired))
        {
            required.Remove(property.Name);
        }
        return Task.CompletedTask;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PromoMonth.ServiceDefaults;

/// <summary>The API conventions every service shares: camelCase JSON, string enums, problem details.</summary>
public static class ApiConventionsExtensions
{
    public static TBuilder AddApiConventions<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd(
                "traceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.AddExceptionHandler<Domain.DomainFailureHandler>();
        builder.Services.AddExceptionHandler<Data.DatabaseUnavailableHandler>();
        builder.Services.AddExceptionHandler<Data.UnstorableTextHandler>();
        // No servers list: the documents are read through the gateway, so the caller's own origin is the right one.
        builder.Services.AddOpenApi(options => options
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Servers = [];
                return Task.CompletedTask;
            })
            .AddDocumentTransformer(OpenApi.SecuritySchemeTransformers.AddSchemeAsync)
            .AddOperationTransformer(OpenApi.SecuritySchemeTransformers.AddRequirementAsync));
        return builder;
    }

    /// <summary>A 422 that names each field that failed, in RFC 9457 shape.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnprocessableEntity(
        IDictionary<string, string[]> errors, string title = "The request has invalid fields.") =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Type = "https://tools.ietf.org/html/rfc4918#section-11.2",
        });
}

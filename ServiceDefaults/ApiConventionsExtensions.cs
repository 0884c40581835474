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
        // Every document describes itself from the endpoints' own metadata: access, error answers, files, examples.
        builder.Services.AddOptions<OpenApi.ApiContract>();
        builder.Services.AddOpenApi(options => options
            .AddDocumentTransformer(OpenApi.DocumentInfoTransformer.DescribeAsync)
            .AddDocumentTransformer(OpenApi.SecuritySchemeTransformers.AddSchemeAsync)
            .AddOperationTransformer(OpenApi.SecuritySchemeTransformers.AddRequirementAsync)
            .AddOperationTransformer(OpenApi.ParameterDescriptions.DescribeAsync)
            .AddOperationTransformer(OpenApi.ProblemResponses.DescribeAsync)
            .AddOperationTransformer(OpenApi.FileSchemas.DescribeAsync)
            .AddOperationTransformer(OpenApi.ExampleBodies.DescribeAsync)
            .AddSchemaTransformer(OpenApi.NullableMeansOptional.DescribeAsync));
        return builder;
    }

    /// <summary>What this service's OpenAPI document says about itself: title, purpose and a description of every tag.</summary>
    public static TBuilder DescribeApi<TBuilder>(this TBuilder builder, string title, string description,
        IReadOnlyDictionary<string, string> tags) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<OpenApi.ApiContract>(contract =>
        {
            contract.Title = title;
            contract.Description = description;
            foreach (var (tag, text) in tags)
            {
                contract.Tags[tag] = text;
            }
        });
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

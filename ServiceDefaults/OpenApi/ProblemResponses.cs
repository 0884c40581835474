using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// Every answer an operation can give that is not its success, read off the operation itself so the document cannot
/// forget one: 401 and 403 where a token is needed, 404 where the path names something, 400 where there is input the
/// framework reads, 413 and 415 where there is a body, 429 (the gateway's rate limit) and 503 (a store away) everywhere.
/// Each is problem details, as every service and the gateway answer it; a 4xx the code declared without a body gets the
/// same content, since UseStatusCodePages writes one.
/// </summary>
internal static class ProblemResponses
{
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["400"] = "The request could not be read: a body that is not JSON, or a value of the wrong type.",
        ["401"] = "No access token, or one that is expired, forged or issued for another audience.",
        ["403"] = "The token is valid but lacks the scope, or the caller may not act for this region or record.",
        ["404"] = "Nothing with this identifier, or nothing this caller may see.",
        ["409"] = "The record is not in a state that allows this.",
        ["413"] = "The body is larger than the gateway accepts for this route.",
        ["415"] = "The body's media type is not one this operation reads.",
        ["422"] = "The request was read but its fields are invalid; errors name each field.",
        ["429"] = "Too many requests from this client or address; wait for the Retry-After seconds.",
        ["503"] = "A store the operation needs is unavailable; nothing was changed, and the request can be retried.",
    };

    public static async Task DescribeAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var anonymous = description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        var parameters = description.ParameterDescriptions;
        var hasBody = parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form)
            || operation.RequestBody is not null;
        var expected = new List<string>();
        if (hasBody || parameters.Any(p => p.Source == BindingSource.Query || p.Source == BindingSource.Header))
        {
            expected.Add("400");
        }
        if (!anonymous)
        {
            expected.AddRange(["401", "403"]);
        }
        if (parameters.Any(p => p.Source == BindingSource.Path))
        {
            expected.Add("404");
        }
        if (hasBody)
        {
            expected.AddRange(["413", "415"]);
        }
        expected.AddRange(["429", "503"]);

        var responses = operation.Responses ??= [];
        foreach (var status in expected.Where(s => !responses.ContainsKey(s)))
        {
            responses[status] = new OpenApiResponse();
        }
        var problem = await ProblemSchemaAsync(context, cancellationToken);
        foreach (var (status, answer) in responses.Where(r => r.Key[0] is '4' or '5').ToList())
        {
            if (answer is not OpenApiResponse response)
            {
                continue;
            }
            // The framework describes a status by its reason phrase ("Not Found"); the meaning here says when it happens.
            if (Meanings.TryGetValue(status, out var meaning) && (string.IsNullOrEmpty(response.Description)
                || response.Description == ReasonPhrases.GetReasonPhrase(int.Parse(status, CultureInfo.InvariantCulture))))
            {
                response.Description = meaning;
            }
            if (response.Content is null || response.Content.Count == 0)
            {
                response.Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new OpenApiMediaType { Schema = problem } };
            }
        }
        operation.Responses = Sorted(responses);
    }

    /// <summary>The framework's own problem-details schema, registered once as a component and referenced.</summary>
    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(nameof(ProblemDetails)) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
            document.AddComponent(nameof(ProblemDetails), schema);
        }
        return new OpenApiSchemaReference(nameof(ProblemDetails), document);
    }

    private static OpenApiResponses Sorted(OpenApiResponses responses)
    {
        var sorted = new OpenApiResponses();
        foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            sorted[status] = response;
        }
        return sorted;
    }
}

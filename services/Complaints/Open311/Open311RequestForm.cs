using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Complaints.Open311;

/// <summary>
/// The form fields of a GeoReport v2 <c>POST requests.json</c>, as the spec names them, for the OpenAPI document only:
/// the endpoint reads the form itself so that every error answers in the spec's shape. The attributes are those every
/// service's definition (<c>services/{code}.json</c>) declares, checked against their datatypes and required flags.
/// </summary>
public sealed record Open311RequestForm(
    [property: JsonPropertyName("api_key")] string ApiKey,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("lat")] double? Latitude,
    [property: JsonPropertyName("long")] double? Longitude,
    [property: JsonPropertyName("address_string")] string? AddressString,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("media_url")] string? MediaUrl,
    [property: JsonPropertyName("attribute[case_reference]")] string? CaseReference,
    [property: JsonPropertyName("attribute[respondent_name]")] string? RespondentName,
    [property: JsonPropertyName("attribute[respondent_credit_code]")] string? RespondentCreditCode,
    [property: JsonPropertyName("attribute[respondent_region]")] string? RespondentRegion,
    [property: JsonPropertyName("attribute[amount_involved]")] decimal? AmountInvolved) : IDocumentedExample<Open311RequestForm>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static Open311RequestForm Example => new(
        "o311-key-example",
        "falseAdvertising",
        31.2304,
        121.4737,
        "上海市黄浦区南京东路830号",
        "促销海报标示“全场五折”，结账时仅部分商品打折。",
        "伟",
        "张",
        "13700137000",
        null,
        null,
        "12315-20200912-000124",
        "上海百联集团股份有限公司",
        "91310000MA1FL1234Q",
        "310000",
        268.00m);

    /// <summary>
    /// Describes the form as the operation's request body. Not declared with Accepts: that would make routing answer
    /// 415 to a non-form post, where a GeoReport client expects the spec's 400 array.
    /// </summary>
    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(typeof(Open311RequestForm), null, cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/x-www-form-urlencoded"] = new() { Schema = schema, Example = JsonSerializer.SerializeToNode(Example) },
                ["multipart/form-data"] = new() { Schema = schema, Example = JsonSerializer.SerializeToNode(Example) },
            },
        };
    }
}

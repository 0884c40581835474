using System.Text.Json.Serialization;

namespace PromoMonth.Complaints.Open311;

/// <summary>A service's definition (<c>services/{code}.json</c>): the attributes its requests carry.</summary>
public sealed record Open311ServiceDefinition(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("attributes")] IReadOnlyList<Open311Attribute> Attributes);

/// <summary>One attribute a request may or must carry, with the datatype its value is checked against.</summary>
public sealed record Open311Attribute(
    [property: JsonPropertyName("variable")] bool Variable,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("datatype")] string Datatype,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("datatype_description")] string DatatypeDescription,
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("values")] IReadOnlyList<Open311AttributeValue>? Values = null);

/// <summary>One allowed value of a list attribute.</summary>
public sealed record Open311AttributeValue(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name);

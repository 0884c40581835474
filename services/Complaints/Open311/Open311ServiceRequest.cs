using System.Text.Json.Serialization;

namespace PromoMonth.Complaints.Open311;

/// <summary>A service request (one case) as GeoReport v2 lists it; the spec's fields, null where PromoMonth has none.</summary>
public sealed record Open311ServiceRequest(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("status_notes")] string? StatusNotes,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("agency_responsible")] string AgencyResponsible,
    [property: JsonPropertyName("service_notice")] string ServiceNotice,
    [property: JsonPropertyName("requested_datetime")] string RequestedDateTime,
    [property: JsonPropertyName("updated_datetime")] string UpdatedDateTime,
    [property: JsonPropertyName("expected_datetime")] string? ExpectedDateTime,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("address_id")] string? AddressId,
    [property: JsonPropertyName("zipcode")] string? Zipcode,
    [property: JsonPropertyName("lat")] double? Latitude,
    [property: JsonPropertyName("long")] double? Longitude,
    [property: JsonPropertyName("media_url")] string? MediaUrl);

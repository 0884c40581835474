using System.Text.Json.Serialization;

namespace PromoMonth.Complaints.Open311;

/// <summary>
/// One status change of a request, as FixMyStreet's service-request-updates extension lists it; the update's id is the
/// request's id and the step's place in its history, so it never changes and a client can tell what it has seen.
/// </summary>
public sealed record Open311Update(
    [property: JsonPropertyName("update_id")] string UpdateId,
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("external_status_code")] string ExternalStatusCode,
    [property: JsonPropertyName("updated_datetime")] string UpdatedDateTime,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("media_url")] string MediaUrl);

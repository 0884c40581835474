using System.Text.Json.Serialization;

namespace PromoMonth.Complaints.Open311;

/// <summary>What a GeoReport v2 post answers: the new (or, for a retried post, the existing) request's id.</summary>
public sealed record Open311Receipt(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("service_notice")] string ServiceNotice,
    [property: JsonPropertyName("account_id")] string? AccountId);

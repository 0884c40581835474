using System.Text.Json.Serialization;

namespace PromoMonth.Complaints.Open311;

/// <summary>An error in GeoReport v2's own shape (an array of these), which its clients parse instead of problem details.</summary>
public sealed record Open311Error(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("description")] string Description);

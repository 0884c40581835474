using System.Text.Json.Serialization;

namespace PromoMonth.Statistics.Apis;

/// <summary>What a unit reported beside what other services know about it.</summary>
public sealed record CrossCheckRow(string RegionCode, string NameZh, decimal? ReportedActivitySessions, int CatalogActivities,
    [property: JsonPropertyName("licencesGranted")] int LicensesGranted, int ComplaintsReceived);

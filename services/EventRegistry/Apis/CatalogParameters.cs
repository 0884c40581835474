using Microsoft.AspNetCore.Mvc;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The query of the public catalog; every parameter is optional.</summary>
public sealed record CatalogParameters(
    [property: FromQuery] string? Campaign,
    [property: FromQuery] string? Region,
    [property: FromQuery] string? City,
    [property: FromQuery] string? Category,
    [property: FromQuery] string? AttendanceMode,
    [property: FromQuery] DateOnly? From,
    [property: FromQuery] DateOnly? To,
    [property: FromQuery] string? Q,
    [property: FromQuery(Name = "modified_since")] DateTimeOffset? ModifiedSince,
    [property: FromQuery] string? Sort,
    [property: FromQuery] int? Page,
    [property: FromQuery] int? PageSize);

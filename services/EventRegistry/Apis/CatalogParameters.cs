using Microsoft.AspNetCore.Mvc;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The query of the public catalog; every parameter is optional, named in camelCase like the rest of the API.</summary>
public sealed record CatalogParameters(
    [property: FromQuery(Name = "campaign")] string? Campaign,
    [property: FromQuery(Name = "region")] string? Region,
    [property: FromQuery(Name = "city")] string? City,
    [property: FromQuery(Name = "category")] string? Category,
    [property: FromQuery(Name = "attendanceMode")] string? AttendanceMode,
    [property: FromQuery(Name = "from")] DateOnly? From,
    [property: FromQuery(Name = "to")] DateOnly? To,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "modified_since")] DateTimeOffset? ModifiedSince,
    [property: FromQuery(Name = "sort")] string? Sort,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);

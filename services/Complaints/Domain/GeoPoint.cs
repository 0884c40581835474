namespace PromoMonth.Complaints.Domain;

/// <summary>A point in WGS 84 degrees, as GeoReport v2's <c>lat</c> and <c>long</c> carry it.</summary>
public sealed record GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The point the two values name, or null when either is missing or outside the globe.</summary>
    public static GeoPoint? Of(double? latitude, double? longitude) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 ? new GeoPoint(latitude.Value, longitude.Value) : null;
}

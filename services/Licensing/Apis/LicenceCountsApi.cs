using System.Security.Claims;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Licensing.Apis;

/// <summary>Licences counted by region and status, from the tally the gauge pass keeps: for the campaign board.</summary>
public static class LicenceCountsApi
{
    public static IEndpointRouteBuilder MapLicenceCountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/verify/summary", PublicSummary).AllowAnonymous().WithTags("Verification").WithName("PublicLicenceSummary")
            .WithSummary("Licences active in each region, for anyone (the public campaign board)")
            .WithDescription("Counted every few seconds (Telemetry:Gauges:Interval), not at each request; countedAt says when.");
        app.MapGet("/api/licensing/licenses/counts", Counts).WithTags("Licences").WithName("CountLicenses")
            .WithSummary("Licences by region and status (a unit sees its own region)")
            .WithDescription("Counted every few seconds (Telemetry:Gauges:Interval), not at each request; countedAt says when.")
            .RequireRead(Scopes.Licensing);
        return app;
    }

    internal static PublicLicenceSummary PublicSummary(LicenceTally tally)
    {
        var counts = tally.Current;
        return new PublicLicenceSummary(counts.CountedAt, counts.Total(LicenseStatus.Active),
            [.. counts.Regions.Select(r =>
                new RegionActive(r.RegionCode, r.RegionName, r.ByStatus.GetValueOrDefault(LicenceTally.Key(LicenseStatus.Active))))]);
    }

    internal static LicenceCounts Counts(ClaimsPrincipal caller, LicenceTally tally)
    {
        var counts = tally.Current;
        return caller.BoundRegion() is { } region
            ? counts with { Regions = [.. counts.Regions.Where(r => r.RegionCode == region)] }
            : counts;
    }
}

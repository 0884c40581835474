using Microsoft.AspNetCore.Http.HttpResults;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Statistics.Apis;

public static class ReportingUnitsApi
{
    public static IEndpointRouteBuilder MapReportingUnitsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/statistics/reporting-units").WithTags("Reporting units")
            .MapGet("/", List)
            .WithName("ListReportingUnits")
            .WithSummary("The reporting units expected to report in every period (37 for the 2020 campaign)")
            .RequireRead(Scopes.Statistics);
        return app;
    }

    internal static Ok<IReadOnlyList<ReportingUnit>> List() => TypedResults.Ok(ReportingUnits.All);
}

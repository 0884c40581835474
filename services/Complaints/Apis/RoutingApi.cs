using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Complaints.Apis;

public static class RoutingApi
{
    public static IEndpointRouteBuilder MapRoutingApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/complaints/respondents").WithTags("Routing")
            .MapGet("/{creditCode}", Get)
            .WithName("GetKnownRespondent")
            .WithSummary("A registered enterprise as case routing knows it: its region decides the responsible unit")
            .RequireRead(Scopes.ComplaintsHandle);
        return app;
    }

    internal static async Task<Results<Ok<KnownRespondent>, NotFound>> Get(
        string creditCode, ClaimsPrincipal caller, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        var respondent = await db.KnownRespondents.AsNoTracking().Where(e => e.CreditCode == code)
            .OrderByDescending(e => e.RegisteredAt).FirstOrDefaultAsync(cancellationToken);
        return respondent is null || !caller.MayActFor(respondent.RegionCode) ? TypedResults.NotFound() : TypedResults.Ok(respondent);
    }
}

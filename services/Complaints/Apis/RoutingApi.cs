using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;

namespace PromoMonth.Complaints.Apis;

public static class RoutingApi
{
    public static IEndpointRouteBuilder MapRoutingApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/complaints/respondents").WithTags("Routing")
            .MapGet("/{creditCode}", Get)
            .WithName("GetKnownRespondent")
            .WithSummary("A registered enterprise as case routing knows it: its region decides the responsible unit");
        return app;
    }

    internal static async Task<Results<Ok<KnownRespondent>, NotFound>> Get(string creditCode, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        var respondent = await db.KnownRespondents.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken);
        return respondent is null ? TypedResults.NotFound() : TypedResults.Ok(respondent);
    }
}

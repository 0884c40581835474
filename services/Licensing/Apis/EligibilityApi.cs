using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Licensing.Apis;

public static class EligibilityApi
{
    public static IEndpointRouteBuilder MapEligibilityApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/licensing/enterprises").WithTags("Licensable enterprises")
            .MapGet("/{creditCode}", Get)
            .WithName("GetLicensableEnterprise")
            .WithSummary("A registered key enterprise as licensing knows it from the registry's events")
            .RequireRead(Scopes.Licensing);
        return app;
    }

    internal static async Task<Results<Ok<LicensableEnterprise>, NotFound>> Get(
        string creditCode, ClaimsPrincipal caller, LicensingDbContext db, CancellationToken cancellationToken)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        var enterprise = await db.LicensableEnterprises.AsNoTracking()
            .Where(e => e.CreditCode == code).OrderByDescending(e => e.RegisteredAt)
            .FirstOrDefaultAsync(cancellationToken);
        return enterprise is null || !caller.MayActFor(enterprise.RegionCode) ? TypedResults.NotFound() : TypedResults.Ok(enterprise);
    }
}

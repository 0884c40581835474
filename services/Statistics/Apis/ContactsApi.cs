using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Apis;

/// <summary>Each unit names its responsible person and deputies; only the unit and the ministry ever see them.</summary>
public static class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var contacts = app.MapGroup("/api/statistics/units/{regionCode}/contacts").WithTags("Responsible contacts");
        contacts.MapGet("/", Get).WithName("GetUnitContacts")
            .WithSummary("The unit's responsible person and deputies (the unit and the ministry only)")
            .RequireRead(Scopes.Statistics);
        contacts.MapPut("/", Put).WithName("PutUnitContacts")
            .WithSummary("Name the unit's responsible person (required before reporting) and deputies")
            .RequireWrite(Scopes.Statistics)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<UnitContacts>, NotFound>> Get(string regionCode, ClaimsPrincipal caller, StatisticsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.NotFound();
        }
        var contacts = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.RegionCode == regionCode, cancellationToken);
        return contacts is null ? TypedResults.NotFound() : TypedResults.Ok(contacts);
    }

    internal static async Task<Results<Ok<UnitContacts>, NotFound, ProblemHttpResult>> Put(string regionCode, ContactsRequest request,
        ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        caller.EnsureMayActFor(regionCode);
        if (!ReportingUnits.IsKnown(regionCode))
        {
            return TypedResults.NotFound();
        }
        if (!request.Validate().IsValid(out var named, out var errors))
        {
            return errors.ToUnprocessableEntity("The contacts are incomplete or malformed.");
        }
        var (by, at) = (caller.Actor(), clock.GetUtcNow());
        var contacts = await db.Contacts.SingleOrDefaultAsync(c => c.RegionCode == regionCode, cancellationToken);
        if (contacts is null)
        {
            db.Contacts.Add(contacts = UnitContacts.Named(regionCode, named.Responsible, named.Deputies, by, at));
        }
        else
        {
            contacts.Rename(named.Responsible, named.Deputies, by, at);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(contacts);
    }
}

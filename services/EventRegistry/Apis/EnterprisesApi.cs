using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.EventRegistry.Apis;

public static class EnterprisesApi
{
    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var enterprises = app.MapGroup("/api/registry/enterprises").WithTags("Key enterprises");

        enterprises.MapPost("/", Register)
            .WithName("RegisterEnterprise")
            .WithSummary("Register a key enterprise by its unified social credit code")
            .WithDescription("A code is registered once. Repeating the same registration answers the first result (200); a different one answers 409 pointing at the existing record.")
            .RequireWrite(Scopes.Registry)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        enterprises.MapGet("/{id:guid}", Get)
            .WithName("GetEnterprise")
            .WithSummary("Read one key enterprise (a reporting unit sees its own region's only)")
            .RequireRead(Scopes.Registry);

        return app;
    }

    internal static async Task<Results<Created<EnterpriseResponse>, Ok<EnterpriseResponse>, ProblemHttpResult>> Register(
        EnterpriseRegistration registration,
        ClaimsPrincipal caller,
        RegistryDbContext db,
        IEventOutbox outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = registration.Validate(out var creditCode);
        if (errors.Count > 0)
        {
            return ApiConventionsExtensions.UnprocessableEntity(errors);
        }
        if (!caller.MayActFor(registration.RegionCode!))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A reporting unit registers enterprises of its own region only.",
                detail: $"This client is bound to region {caller.BoundRegion()}; the enterprise is in {registration.RegionCode}.");
        }

        var enterprise = KeyEnterprise.Register(creditCode!, registration.Name!, registration.RegionCode!, registration.Address, registration.Industry, clock.GetUtcNow());
        db.Enterprises.Add(enterprise);
        outbox.Enqueue(new EnterpriseRegistered
        {
            EnterpriseId = enterprise.Id,
            CreditCode = enterprise.CreditCode,
            Name = enterprise.Name,
            RegionCode = enterprise.RegionCode,
            RegisteredAt = enterprise.RegisteredAt,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"/api/registry/enterprises/{enterprise.Id}", EnterpriseResponse.From(enterprise));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            var existing = await db.Enterprises.AsNoTracking().SingleAsync(e => e.CreditCode == enterprise.CreditCode, cancellationToken);
            if (existing.SameRegistrationAs(registration.Name!, registration.RegionCode!, registration.Address, registration.Industry))
            {
                return TypedResults.Ok(EnterpriseResponse.From(existing));
            }
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This credit code is already registered.",
                detail: $"Enterprise {existing.Id} holds credit code {existing.CreditCode}.",
                instance: $"/api/registry/enterprises/{existing.Id}",
                extensions: new Dictionary<string, object?> { ["existingId"] = existing.Id });
        }
    }

    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound>> Get(Guid id, ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        // Another region's record answers as if it did not exist: its existence is not the caller's to know.
        return enterprise is null || !caller.MayActFor(enterprise.RegionCode) ? TypedResults.NotFound() : TypedResults.Ok(EnterpriseResponse.From(enterprise));
    }
}

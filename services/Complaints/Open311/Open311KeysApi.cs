using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Open311;

/// <summary>The ministry issues and revokes hotlines' Open311 api_keys; a key is shown once and stored hashed.</summary>
public static class Open311KeysApi
{
    public static IEndpointRouteBuilder MapOpen311KeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/complaints/open311-keys").WithTags("Open311 keys")
            .RequireWrite(Scopes.ComplaintsHandle).RequireAuthorization(AccessPolicies.MinistryOnly);
        keys.MapPost("/", Issue).WithName("IssueOpen311Key").WithSummary("Issue an api_key to a hotline (shown once)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        keys.MapPost("/{id:guid}/revoke", Revoke).WithName("RevokeOpen311Key").WithSummary("Revoke an api_key, at once");
        return app;
    }

    internal static async Task<Results<Created<IssuedKey>, ProblemHttpResult>> Issue(
        IssueKeyRequest request, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!request.Validate().IsValid(out var hotline, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var apiKey = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var key = Open311Key.Issue(hotline, apiKey, clock.GetUtcNow());
        db.Open311Keys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/complaints/open311-keys/{key.Id}", new IssuedKey(key.Id, key.HotlineClientId, apiKey, key.IssuedAt));
    }

    internal static async Task<Results<NoContent, NotFound>> Revoke(
        Guid id, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.Open311Keys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return TypedResults.NotFound();
        }
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}

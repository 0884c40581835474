using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.EventRegistry.Apis;

public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/registry/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", List).WithName("ListCampaigns")
            .WithSummary("Every campaign; dates are calendar days in Asia/Shanghai")
            .RequireRead(Scopes.Registry);
        campaigns.MapGet("/{id:guid}", Get).WithName("GetCampaign").WithSummary("One campaign").RequireRead(Scopes.Registry);
        campaigns.MapPost("/", Create).WithName("CreateCampaign").WithSummary("Create a campaign (ministry)")
            .RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Ok<List<CampaignResponse>>> List(RegistryDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.Window.Start)
            .Select(CampaignResponse.From)
            .ToList());

    internal static async Task<Results<Ok<CampaignResponse>, NotFound>> Get(
        Guid id, RegistryDbContext db, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } campaign
            ? TypedResults.Ok(CampaignResponse.From(campaign))
            : TypedResults.NotFound();

    internal static async Task<Results<Created<CampaignResponse>, ProblemHttpResult>> Create(
        NewCampaign request, RegistryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!request.Validate().IsValid(out var terms, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var campaign = Campaign.Create(terms, clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException("Campaign codes are unique.", $"A campaign with code {terms.Code} exists.");
        }
        return TypedResults.Created($"/api/registry/campaigns/{campaign.Id}", CampaignResponse.From(campaign));
    }
}

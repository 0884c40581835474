using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public sealed record CampaignResponse(Guid Id, string Code, string Name, string Theme, DateOnly WindowStart, DateOnly WindowEnd,
    DateOnly LaunchDate, string LaunchVenue, string LaunchBroadcast, IReadOnlyList<string> Organisers)
{
    public static CampaignResponse From(Campaign c) =>
        new(c.Id, c.Code, c.Name, c.Theme, c.Window.Start, c.Window.End, c.LaunchDate, c.LaunchVenue, c.LaunchBroadcast, c.Organisers);
}

public sealed record NewCampaign(string? Code, string? Name, string? Theme, DateOnly? WindowStart, DateOnly? WindowEnd,
    DateOnly? LaunchDate, string? LaunchVenue, string? LaunchBroadcast, string[]? Organisers);

public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/registry/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", List).WithName("ListCampaigns").WithSummary("Every campaign; dates are calendar days in Asia/Shanghai").RequireRead(Scopes.Registry);
        campaigns.MapGet("/{id:guid}", Get).WithName("GetCampaign").WithSummary("One campaign").RequireRead(Scopes.Registry);
        campaigns.MapPost("/", Create).WithName("CreateCampaign").WithSummary("Create a campaign (ministry)")
            .RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Ok<List<CampaignResponse>>> List(RegistryDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.Window.Start).Select(CampaignResponse.From).ToList());

    internal static async Task<Results<Ok<CampaignResponse>, NotFound>> Get(Guid id, RegistryDbContext db, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } campaign
            ? TypedResults.Ok(CampaignResponse.From(campaign))
            : TypedResults.NotFound();

    internal static async Task<Results<Created<CampaignResponse>, ProblemHttpResult>> Create(NewCampaign request, RegistryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > 20)
        {
            errors.Add("code", "A code of 1 to 20 characters is required (e.g. 2021).");
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", "The campaign's name is required.");
        }
        if (request.WindowStart is null || request.WindowEnd is null || request.WindowEnd < request.WindowStart)
        {
            errors.Add("windowEnd", "A window with a start and an end on or after it is required.");
        }
        if (request.LaunchDate is null)
        {
            errors.Add("launchDate", "The launch ceremony's date is required.");
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }
        var campaign = Campaign.Create(request.Code!, request.Name!, request.Theme ?? "", new CampaignWindow(request.WindowStart!.Value, request.WindowEnd!.Value),
            request.LaunchDate!.Value, request.LaunchVenue ?? "", request.LaunchBroadcast ?? "", request.Organisers ?? [], clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"A campaign with code {request.Code} exists.");
        }
        return TypedResults.Created($"/api/registry/campaigns/{campaign.Id}", CampaignResponse.From(campaign));
    }
}

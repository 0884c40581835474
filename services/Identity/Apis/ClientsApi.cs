using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PromoMonth.Identity.Domain;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.Identity.Seeding;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PromoMonth.Identity.Apis;

/// <summary>The ministry manages partners' clients: create, disable, enable, rotate a secret.</summary>
public static class ClientsApi
{
    private const int MaxPageSize = 100;
    private const string Path = "/api/identity/clients";

    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup(Path).WithTags("Clients").RequireAuthorization(AccessPolicies.MinistryOnly);

        clients.MapGet("/", List).WithName("ListClients").WithSummary("Every OAuth2 client, by client id (ministry only)");
        clients.MapGet("/{clientId}", Get).WithName("GetClient").WithSummary("One client (ministry only)");
        clients.MapPost("/", Create).WithName("CreateClient")
            .WithSummary("Create a client; the answer carries its secret, once")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        clients.MapPost("/{clientId}/disable", Disable).WithName("DisableClient").WithSummary("Stop issuing tokens to a client, at once");
        clients.MapPost("/{clientId}/enable", Enable).WithName("EnableClient").WithSummary("Issue tokens to a disabled client again");
        clients.MapPost("/{clientId}/rotate-secret", RotateSecret).WithName("RotateClientSecret")
            .WithSummary("Replace a client's secret; the old one stops working at once and the answer carries the new one");
        return app;
    }

    internal static async Task<Results<Ok<ClientPage>, ValidationProblem>> List(
        IdentityDbContext db, IOpenIddictApplicationManager applications, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var paging = PageRequest.From(page, pageSize, errors, MaxPageSize);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var profiles = await db.ClientProfiles.AsNoTracking().OrderBy(c => c.ClientId)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var items = new List<ClientResponse>(profiles.Count);
        foreach (var profile in profiles)
        {
            items.Add(ClientResponse.From(profile, await ScopesOf(applications, profile.ClientId, cancellationToken)));
        }
        var total = await db.ClientProfiles.CountAsync(cancellationToken);
        return TypedResults.Ok(new ClientPage(items, paging.Page, paging.PageSize, total));
    }

    internal static async Task<Results<Ok<ClientResponse>, NotFound>> Get(
        string clientId, IdentityDbContext db, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var profile = await db.ClientProfiles.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        return profile is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(ClientResponse.From(profile, await ScopesOf(applications, clientId, cancellationToken)));
    }

    internal static async Task<Results<Created<ClientWithSecret>, ProblemHttpResult>> Create(
        NewClient client, IdentityDbContext db, IOpenIddictApplicationManager applications, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!client.Validate().IsValid(out var registration, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        if (await applications.FindByClientIdAsync(registration.ClientId, cancellationToken) is not null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "This client id is taken.", instance: $"{Path}/{registration.ClientId}");
        }

        var secret = NewSecret();
        var descriptor = ClientDescriptors.For(registration.ClientId, registration.DisplayName, secret, registration.Scopes);
        await applications.CreateAsync(descriptor, cancellationToken);
        var profile = ClientProfile.Register(registration, clock.GetUtcNow());
        db.ClientProfiles.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
        var created = new ClientWithSecret(ClientResponse.From(profile, [.. registration.Scopes]), secret);
        return TypedResults.Created($"{Path}/{profile.ClientId}", created);
    }

    internal static Task<Results<Ok<ClientResponse>, NotFound>> Disable(
        string clientId, IdentityDbContext db, IOpenIddictApplicationManager applications, TimeProvider clock,
        CancellationToken cancellationToken) =>
        Change(clientId, db, applications, p => p.Disable(clock.GetUtcNow()), cancellationToken);

    internal static Task<Results<Ok<ClientResponse>, NotFound>> Enable(
        string clientId, IdentityDbContext db, IOpenIddictApplicationManager applications, CancellationToken cancellationToken) =>
        Change(clientId, db, applications, p => p.Enable(), cancellationToken);

    internal static async Task<Results<Ok<ClientWithSecret>, NotFound>> RotateSecret(
        string clientId, IdentityDbContext db, IOpenIddictApplicationManager applications, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var profile = await db.ClientProfiles.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (profile is null || application is null)
        {
            return TypedResults.NotFound();
        }
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        profile.SecretRotated(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var scopes = await ScopesOf(applications, clientId, cancellationToken);
        return TypedResults.Ok(new ClientWithSecret(ClientResponse.From(profile, scopes), secret));
    }

    private static async Task<Results<Ok<ClientResponse>, NotFound>> Change(
        string clientId, IdentityDbContext db, IOpenIddictApplicationManager applications, Action<ClientProfile> change,
        CancellationToken cancellationToken)
    {
        var profile = await db.ClientProfiles.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (profile is null)
        {
            return TypedResults.NotFound();
        }
        change(profile);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ClientResponse.From(profile, await ScopesOf(applications, clientId, cancellationToken)));
    }

    private static async Task<IReadOnlyList<string>> ScopesOf(
        IOpenIddictApplicationManager applications, string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return [];
        }
        return [.. (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Order(StringComparer.Ordinal)];
    }

    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

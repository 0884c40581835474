using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Apis;

/// <summary>
/// A partner's own webhook endpoints. Managing them changes no campaign record, so every holder of the scope may,
/// the read-only broadcaster too; each partner sees and changes only its own (another's answers 404).
/// </summary>
public static class SubscriptionsApi
{
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var subscriptions = app.MapGroup("/api/webhooks/subscriptions").WithTags("Subscriptions").RequireRead(Scopes.Webhooks);
        subscriptions.MapPost("/", Register).WithName("RegisterWebhookSubscription")
            .WithSummary("Register an https endpoint for event types; the answer shows its signing secret, once")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        subscriptions.MapGet("/", List).WithName("ListWebhookSubscriptions").WithSummary("The caller's subscriptions, oldest first");
        var one = subscriptions.MapGroup("/{id:guid}").ProducesProblem(StatusCodes.Status404NotFound);
        one.MapGet("/", Get).WithName("GetWebhookSubscription").WithSummary("One of the caller's subscriptions, without its secret");
        one.MapPost("/rotate-secret", RotateSecret).WithName("RotateWebhookSecret")
            .WithSummary("A new signing secret, shown once; the previous one also signs until previousSecretValidUntil");
        one.MapPost("/pause", Pause).WithName("PauseWebhookSubscription")
            .WithSummary("Stop sending; deliveries are still recorded and are sent after resume");
        one.MapPost("/resume", Resume).WithName("ResumeWebhookSubscription").WithSummary("Send again, the held deliveries first");
        one.MapDelete("/", Delete).WithName("DeleteWebhookSubscription")
            .WithSummary("Delete the subscription and its deliveries; 204 also when it was deleted before");
        return app;
    }

    internal static async Task<Results<Created<SubscriptionResponse>, ProblemHttpResult>> Register(
        SubscriptionRequest request, [AsParameters] WebhookServices services, ReceiverUrl receiverUrl,
        CancellationToken cancellationToken)
    {
        var caller = services.Caller;
        var errors = new RequestErrors();
        var (eventTypes, region, description) = request.Validate(caller, errors);
        if (request.Url is { } url && !errors.Has("url"))
        {
            var (_, refusal) = await receiverUrl.CheckAsync(url, cancellationToken);
            if (refusal is not null)
            {
                errors.Add("url", refusal);
            }
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }
        if (region is not null)
        {
            services.Principal.EnsureMayActFor(region);
        }
        var subscription = Subscription.Register(caller, new Uri(request.Url!), eventTypes, region, description, services.Now);
        if (await SameUrlAsync(services, subscription, cancellationToken) is { } same)
        {
            return Exists(same);
        }
        services.Db.Subscriptions.Add(subscription);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        // A retry that raced the first registration: the unique index decided, and the first one is the answer.
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            services.Db.ChangeTracker.Clear();
            return Exists((await SameUrlAsync(services, subscription, cancellationToken))!);
        }
        return TypedResults.Created(
            $"/api/webhooks/subscriptions/{subscription.Id}", SubscriptionResponse.From(subscription, withSecret: true));
    }

    private static Task<Guid?> SameUrlAsync(
        WebhookServices services, Subscription subscription, CancellationToken cancellationToken) =>
        services.Db.Subscriptions.AsNoTracking()
            .Where(s => s.OwnerClientId == subscription.OwnerClientId && s.Url == subscription.Url)
            .Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);

    private static ProblemHttpResult Exists(Guid? id) => TypedResults.Problem(
        "You have a subscription to this URL; to change its event types, delete it and register again.",
        statusCode: StatusCodes.Status409Conflict, title: "The subscription exists.",
        extensions: new Dictionary<string, object?> { ["subscriptionId"] = id });

    internal static async Task<Ok<List<SubscriptionResponse>>> List(
        [AsParameters] WebhookServices services, CancellationToken cancellationToken)
    {
        var owner = services.Caller.ClientId;
        var rows = await services.Db.Subscriptions.AsNoTracking().Where(s => s.OwnerClientId == owner)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(s => SubscriptionResponse.From(s)).ToList());
    }

    internal static async Task<Results<Ok<SubscriptionResponse>, NotFound>> Get(
        Guid id, [AsParameters] WebhookServices services, CancellationToken cancellationToken) =>
        await OwnAsync(services, id, cancellationToken) is { } subscription
            ? TypedResults.Ok(SubscriptionResponse.From(subscription))
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<SubscriptionResponse>, NotFound>> RotateSecret(
        Guid id, [AsParameters] WebhookServices services, IOptions<WebhooksOptions> options, CancellationToken cancellationToken)
    {
        if (await OwnAsync(services, id, cancellationToken, tracked: true) is not { } subscription)
        {
            return TypedResults.NotFound();
        }
        subscription.RotateSecret(options.Value.SecretRotationGrace, services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SubscriptionResponse.From(subscription, withSecret: true));
    }

    internal static Task<Results<Ok<SubscriptionResponse>, NotFound>> Pause(
        Guid id, [AsParameters] WebhookServices services, CancellationToken cancellationToken) =>
        ChangeAsync(services, id, (s, now) => s.Pause(now), cancellationToken);

    internal static Task<Results<Ok<SubscriptionResponse>, NotFound>> Resume(
        Guid id, [AsParameters] WebhookServices services, DeliverySignal signal, CancellationToken cancellationToken) =>
        ChangeAsync(services, id, (s, now) => s.Resume(now), cancellationToken, signal);

    internal static async Task<NoContent> Delete(
        Guid id, [AsParameters] WebhookServices services, CancellationToken cancellationToken)
    {
        var owner = services.Caller.ClientId;
        await services.Db.Subscriptions.Where(s => s.Id == id && s.OwnerClientId == owner).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The caller's own subscription, or null for none or another partner's.</summary>
    internal static Task<Subscription?> OwnAsync(
        WebhookServices services, Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        var owner = services.Caller.ClientId;
        var query = tracked ? services.Db.Subscriptions : services.Db.Subscriptions.AsNoTracking();
        return query.SingleOrDefaultAsync(s => s.Id == id && s.OwnerClientId == owner, cancellationToken);
    }

    private static async Task<Results<Ok<SubscriptionResponse>, NotFound>> ChangeAsync(
        WebhookServices services, Guid id, Action<Subscription, DateTimeOffset> change, CancellationToken cancellationToken,
        DeliverySignal? signal = null)
    {
        if (await OwnAsync(services, id, cancellationToken, tracked: true) is not { } subscription)
        {
            return TypedResults.NotFound();
        }
        change(subscription, services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        signal?.Notify();
        return TypedResults.Ok(SubscriptionResponse.From(subscription));
    }
}

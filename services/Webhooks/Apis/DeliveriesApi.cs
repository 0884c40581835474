using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Apis;

/// <summary>What was sent to one of the caller's endpoints and how it went; a failed or stuck delivery re-driven on request.</summary>
public static class DeliveriesApi
{
    public static IEndpointRouteBuilder MapDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var deliveries = app.MapGroup("/api/webhooks/subscriptions/{id:guid}/deliveries").WithTags("Deliveries")
            .RequireRead(Scopes.Webhooks)
            .ProducesProblem(StatusCodes.Status404NotFound);
        deliveries.MapGet("/", List).WithName("ListWebhookDeliveries")
            .WithSummary("Deliveries to the endpoint, newest first, optionally of one status (pending, delivered, failed)")
            .ProducesValidationProblem();
        deliveries.MapPost("/{deliveryId:guid}/redeliver", Redeliver).WithName("RedeliverWebhook")
            .WithSummary("Send a delivery again now, with the same webhook-id and body, its retry schedule started afresh");
        return app;
    }

    internal static async Task<Results<Ok<PagedList<DeliveryResponse>>, ValidationProblem, NotFound>> List(
        Guid id, [AsParameters] WebhookServices services, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        DeliveryStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                && !int.TryParse(status, out _))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", "status is pending, delivered or failed.");
            }
        }
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        if (await SubscriptionsApi.OwnAsync(services, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var query = services.Db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (wanted is { } only)
        {
            query = query.Where(d => d.Status == only);
        }
        var rows = await query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        return TypedResults.Ok(
            new PagedList<DeliveryResponse>([.. rows.Select(DeliveryResponse.From)], paging.Page, paging.PageSize, total));
    }

    internal static async Task<Results<Accepted<DeliveryResponse>, NotFound>> Redeliver(
        Guid id, Guid deliveryId, [AsParameters] WebhookServices services, DeliverySignal signal, CancellationToken cancellationToken)
    {
        if (await SubscriptionsApi.OwnAsync(services, id, cancellationToken) is null
            || await services.Db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken)
                is not { } delivery)
        {
            return TypedResults.NotFound();
        }
        delivery.Redrive(services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{id}/deliveries", DeliveryResponse.From(delivery));
    }
}

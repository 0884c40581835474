using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;

namespace PromoMonth.Webhooks.Sending;

/// <summary>
/// Sends due deliveries. Replicas share the work by claiming rows with <c>FOR UPDATE SKIP LOCKED</c>; a claim is a lease
/// (the row's next attempt moved past the longest attempt), so a replica that dies mid-attempt leaves its rows to the
/// others. Each subscription has at most a few attempts in flight, and the loop never waits on one: a partner whose
/// endpoint hangs holds its own slots and no one else's.
/// </summary>
public sealed class DeliveryDispatcher(
    IServiceScopeFactory scopes,
    WebhookSender sender,
    DeliverySignal signal,
    IOptions<WebhooksOptions> options,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private const int ClaimBatch = 64;
    private const string Job = "webhook dispatch";
    private readonly ConcurrentDictionary<Guid, int> _inFlight = new();
    private readonly ConcurrentDictionary<Guid, Task> _attempts = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Delivery;
        var schedule = settings.Schedule();
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = 0;
            try
            {
                started = await DispatchAsync(schedule, settings, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Webhook dispatch pass failed; retrying at the next poll");
            }
            if (started == 0)
            {
                try
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        // Attempts cut short here are not recorded: their lease runs out and another replica (or the next start) sends them.
        await Task.WhenAll(_attempts.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task<int> DispatchAsync(RetrySchedule schedule, DeliveryOptions settings, CancellationToken stoppingToken)
    {
        // An attempt that ended before it was listed stays listed; drop every ended one here.
        foreach (var ended in _attempts.Where(entry => entry.Value.IsCompleted).Select(entry => entry.Key).ToList())
        {
            _attempts.TryRemove(ended, out _);
        }
        var limit = settings.MaxConcurrencyPerSubscription;
        var busy = _inFlight.Where(entry => entry.Value >= limit).Select(entry => entry.Key).ToArray();
        var now = clock.GetUtcNow();
        // Past the longest attempt, with room for the record after it.
        var leaseUntil = now + settings.Timeout * 2 + TimeSpan.FromSeconds(30);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
        // Looking for due deliveries is not traced; a pass that claims some traces its work, its attempts inside it.
        var claimed = await BackgroundPasses.UntracedAsync(() => db.Deliveries.FromSql($"""
            UPDATE webhook_deliveries SET next_attempt_at = {leaseUntil}
            WHERE id IN (
                SELECT c.id FROM webhook_deliveries c
                WHERE c.id IN (
                    SELECT r.id FROM (
                        SELECT p.id, row_number() OVER (PARTITION BY p.subscription_id ORDER BY p.next_attempt_at, p.id) AS rank
                        FROM webhook_deliveries p
                        JOIN webhook_subscriptions s ON s.id = p.subscription_id AND s.status = 'Active'
                        WHERE p.status = 'Pending' AND p.next_attempt_at <= {now} AND NOT (p.subscription_id = ANY({busy}))
                    ) r
                    WHERE r.rank <= {limit})
                AND c.status = 'Pending' AND c.next_attempt_at <= {now}
                ORDER BY c.next_attempt_at
                LIMIT {ClaimBatch}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(stoppingToken));
        BackgroundPasses.Record(Job, claimed.Count, clock.GetUtcNow() - now);
        if (claimed.Count == 0)
        {
            return 0;
        }
        using var pass = BackgroundPasses.TraceWork(Job, claimed.Count);
        var subscriptionIds = claimed.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, stoppingToken);
        var started = 0;
        var released = new List<Guid>();
        foreach (var delivery in claimed)
        {
            if (!subscriptions.TryGetValue(delivery.SubscriptionId, out var subscription) || !TryTakeSlot(subscription.Id, limit))
            {
                released.Add(delivery.Id);
                continue;
            }
            var attempt = AttemptAsync(delivery, subscription, schedule, stoppingToken);
            _attempts[delivery.Id] = attempt;
            started++;
        }
        if (released.Count > 0)
        {
            await db.Deliveries.Where(d => released.Contains(d.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, now), stoppingToken);
        }
        return started;
    }

    private async Task AttemptAsync(Delivery delivery, Subscription subscription, RetrySchedule schedule, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var sentAt = clock.GetUtcNow();
            var result = await sender.SendAsync(
                new Uri(subscription.Url), delivery.WebhookId, delivery.Body, subscription.SigningSecrets(sentAt), sentAt, stoppingToken);
            await RecordAsync(delivery.Id, result, schedule, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the lease brings the delivery back.
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Webhook delivery {DeliveryId} to subscription {SubscriptionId} could not be recorded",
                delivery.Id, subscription.Id);
        }
        finally
        {
            _inFlight.AddOrUpdate(subscription.Id, 0, (_, count) => count - 1);
            _attempts.TryRemove(delivery.Id, out _);
            signal.Notify();
        }
    }

    private async Task RecordAsync(Guid deliveryId, AttemptResult result, RetrySchedule schedule, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
        // A partner may have deleted the subscription, and its deliveries with it, while the attempt ran.
        if (await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, stoppingToken) is not { } stored
            || stored.Status != DeliveryStatus.Pending)
        {
            return;
        }
        stored.Record(result, schedule, clock.GetUtcNow());
        await db.SaveChangesAsync(stoppingToken);
        WebhooksTelemetry.Attempted(stored);
    }

    private bool TryTakeSlot(Guid subscriptionId, int limit)
    {
        var taken = false;
        _inFlight.AddOrUpdate(subscriptionId, _ => { taken = true; return 1; }, (_, count) =>
        {
            taken = count < limit;
            return taken ? count + 1 : count;
        });
        return taken;
    }
}

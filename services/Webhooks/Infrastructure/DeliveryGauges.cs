using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Gauges;
using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Infrastructure;

/// <summary>
/// The age of the oldest undelivered delivery per subscription (promomonth.webhooks.oldest_undelivered_age, tag
/// subscription as owner/id) and the deliveries waiting or failed: what an operator reads to see which partner falls behind.
/// </summary>
internal sealed class DeliveryGauges(GaugeWatchContext context, ILogger<DeliveryGauges> logger)
    : GaugeWatch<WebhooksDbContext>(context, logger)
{
    protected override string Job => "webhook gauges";

    protected override async Task SampleAsync(WebhooksDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldest = await db.Deliveries.Where(d => d.Status == DeliveryStatus.Pending)
            .GroupBy(d => d.SubscriptionId)
            .Select(g => new { SubscriptionId = g.Key, Oldest = g.Min(d => d.CreatedAt) })
            .Join(db.Subscriptions, o => o.SubscriptionId, s => s.Id, (o, s) => new { s.OwnerClientId, s.Id, o.Oldest })
            .ToListAsync(cancellationToken);
        Gauges.Record("promomonth.webhooks.oldest_undelivered_age", "s",
            "Age of the oldest undelivered delivery per subscription (tag subscription: owner/id)",
            [.. oldest.Select(o => BusinessGauges.Of((long)(now - o.Oldest).TotalSeconds, "subscription", $"{o.OwnerClientId}/{o.Id}"))]);
        var byStatus = await db.Deliveries.Where(d => d.Status != DeliveryStatus.Delivered).GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        Gauges.Record("promomonth.webhooks.deliveries_waiting", "{delivery}", "Deliveries pending or failed (tag status)",
            [.. new[] { DeliveryStatus.Pending, DeliveryStatus.Failed }.Select(s => BusinessGauges.Of(
                byStatus.Where(b => b.Status == s).Sum(b => b.Count), "status", s.ToString().ToLowerInvariant()))]);
    }
}

using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Consumers;

/// <summary>
/// Counts each received case once, by unit, category and Shanghai day: the inbox row and the count's upsert are one
/// statement, so the busiest event of the campaign costs statistics one round trip.
/// </summary>
public sealed class ComplaintReceivedConsumer(StatisticsDbContext db, TimeProvider clock)
    : InboxedStatementConsumer<ComplaintReceived, StatisticsDbContext>(db, clock)
{
    // Stable across releases: the inbox rows written before this consumer took one statement carry this name.
    protected override string ConsumerName => nameof(ComplaintReceivedConsumer);

    // An upsert, not read-then-write: two cases counted at once both land.
    protected override FormattableString Effect(ComplaintReceived message) => $"""
        INSERT INTO complaint_counts (region_code, category, day, received)
        SELECT {message.ResponsibleRegion ?? "triage"}, {message.Category}, {PeriodDeadlines.ShanghaiDay(message.ReceivedAt)}, 1
        FROM first_delivery
        ON CONFLICT (region_code, category, day) DO UPDATE SET received = complaint_counts.received + 1
        """;
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Consumers;

/// <summary>Counts each received case once (the inbox), by unit, category and Shanghai day, in one upsert.</summary>
public sealed class ComplaintReceivedConsumer(StatisticsDbContext db, TimeProvider clock)
    : IdempotentConsumer<ComplaintReceived, StatisticsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ComplaintReceived message, CancellationToken cancellationToken)
    {
        var day = PeriodDeadlines.ShanghaiDay(message.ReceivedAt);
        var region = message.ResponsibleRegion ?? "triage";
        // An upsert, not read-then-write: two cases counted at once both land.
        await Db.Database.ExecuteSqlAsync($"""
            INSERT INTO complaint_counts (region_code, category, day, received) VALUES ({region}, {message.Category}, {day}, 1)
            ON CONFLICT (region_code, category, day) DO UPDATE SET received = complaint_counts.received + 1
            """, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Licensing;

/// <summary>The service's outbox, read as the evidence that a change sent its event (rows stay after the relay sends them).</summary>
internal static class Outbox
{
    /// <summary>The rows of one contract whose body names <paramref name="mention"/> (the body is jsonb: filtered here).</summary>
    public static async Task<List<OutboxMessage>> RowsAsync(ServiceHost<LicensingDbContext> service, string contract, string mention)
    {
        var rows = await service.QueryAsync<LicensingDbContext, List<OutboxMessage>>(
            db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.Contains(contract)).ToListAsync());
        return [.. rows.Where(m => m.Body.Contains(mention, StringComparison.Ordinal))];
    }
}

using Microsoft.EntityFrameworkCore;

namespace PromoMonth.ServiceDefaults.Data;

/// <summary>
/// Saves a small unit of work (an aggregate and its outbox rows) in one round trip: EF sends the inserts as one Npgsql
/// batch, and PostgreSQL runs a batch without a transaction of its own as one implicit transaction (all or nothing), so
/// the explicit BEGIN … COMMIT EF would wrap around it buys nothing and costs the COMMIT's round trip.
/// </summary>
public static class SingleRoundTripSave
{
    /// <summary>EF's batch limit for Npgsql is far above this; more rows than this are saved the ordinary way.</summary>
    private const int MaxRows = 20;

    public static async Task<int> SaveInOneRoundTripAsync(this DbContext db, CancellationToken cancellationToken)
    {
        // Outbox rows are added while saving (the domain-events interceptor): count what is tracked, not only what changed.
        if (db.Database.CurrentTransaction is not null || db.ChangeTracker.Entries().Count() > MaxRows)
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        var before = db.Database.AutoTransactionBehavior;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoTransactionBehavior = before;
        }
    }
}

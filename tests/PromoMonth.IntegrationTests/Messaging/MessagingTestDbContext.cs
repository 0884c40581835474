using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>A service's database in miniature: a table it writes, a table a consumer's effect lands in, the outbox and inbox.</summary>
public sealed class MessagingTestDbContext(DbContextOptions<MessagingTestDbContext> options) : DbContext(options)
{
    public DbSet<WrittenRecord> Written => Set<WrittenRecord>();

    public DbSet<ConsumerEffect> Effects => Set<ConsumerEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<WrittenRecord>().HasKey(r => r.Id);
        modelBuilder.Entity<ConsumerEffect>().HasKey(e => e.EnterpriseId);
    }
}

public sealed class WrittenRecord
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
}

/// <summary>How many times a consumer changed state for one event: exactly-once effect means 1.</summary>
public sealed class ConsumerEffect
{
    public Guid EnterpriseId { get; init; }
    public int Applied { get; set; }
}

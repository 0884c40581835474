using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Infrastructure;

public sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options) : DbContext(options)
{
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimestampsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.ToTable("webhook_subscriptions");
            subscription.HasKey(s => s.Id);
            // One subscription per partner and URL: a registration retried after a timeout finds the first.
            subscription.HasIndex(s => new { s.OwnerClientId, s.Url }).IsUnique();
            subscription.Property(s => s.OwnerClientId).HasMaxLength(100);
            subscription.Property(s => s.OwnerKind).HasMaxLength(20);
            subscription.Property(s => s.OwnerRegion).HasMaxLength(6).IsFixedLength();
            subscription.Property(s => s.Url).HasMaxLength(2048);
            subscription.Property(s => s.RegionFilter).HasMaxLength(6).IsFixedLength();
            subscription.Property(s => s.Description).HasMaxLength(200);
            subscription.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
            subscription.Property(s => s.Secret).HasMaxLength(100);
            subscription.Property(s => s.PreviousSecret).HasMaxLength(100);
            subscription.Ignore(s => s.Owner);
        });
        modelBuilder.Entity<Delivery>(delivery =>
        {
            delivery.ToTable("webhook_deliveries");
            delivery.HasKey(d => d.Id);
            delivery.HasOne<Subscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
            // The dispatcher's claim reads due pending rows only; the partner's list reads one subscription's, newest first.
            delivery.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'");
            delivery.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
            // Retention deletes the oldest settled rows.
            delivery.HasIndex(d => d.CreatedAt).HasFilter("status <> 'Pending'");
            delivery.Property(d => d.EventType).HasMaxLength(60);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.LastAnswer).HasMaxLength(Delivery.AnswerLength);
            delivery.Ignore(d => d.WebhookId);
        });
    }
}

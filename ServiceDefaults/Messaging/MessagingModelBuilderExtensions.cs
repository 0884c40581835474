using Microsoft.EntityFrameworkCore;

namespace PromoMonth.ServiceDefaults.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's own model, so they share its transactions.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.Body).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(100);
            outbox.Property(m => m.TraceState).HasMaxLength(500);
            // The relay's claim query walks only unpublished rows.
            outbox.HasIndex(m => m.NextAttemptAt).HasFilter("published_at IS NULL");
            // Retention walks only published rows, oldest first.
            outbox.HasIndex(m => m.PublishedAt).HasFilter("published_at IS NOT NULL");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.HandledAt);
        });
        return modelBuilder;
    }
}

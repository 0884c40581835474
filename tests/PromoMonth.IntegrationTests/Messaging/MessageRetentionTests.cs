using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>
/// Retention on the real database: published outbox rows and handled inbox ids past their age go, in batches, with
/// two replicas deleting at once; an unpublished row stays however old, and young rows stay.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class MessageRetentionTests(RealServersFixture servers)
{
    private static readonly Dictionary<string, string?> Retention = new()
    {
        ["Messaging:Retention:Outbox"] = "7.00:00:00",
        ["Messaging:Retention:Inbox"] = "30.00:00:00",
        // Smaller than the rows to delete, so the pass has to go batch after batch.
        ["Messaging:Retention:BatchSize"] = "3",
    };

    [Fact]
    public async Task Expired_rows_are_deleted_in_batches_by_two_replicas_and_nothing_else_is()
    {
        var database = await servers.CreateDatabaseAsync("retention");
        await using var first = await TestService.StartAsync(servers, database, "retention-a", relayEnabled: false, Retention);
        await using var second = await TestService.StartAsync(servers, database, "retention-b", relayEnabled: false, Retention);
        var now = DateTimeOffset.UtcNow;
        var expiredOutbox = Enumerable.Range(0, 10).Select(_ => Outbox(now.AddDays(-9), publishedAt: now.AddDays(-8))).ToList();
        var keptOutbox = new[]
        {
            Outbox(now.AddDays(-2), publishedAt: now.AddDays(-1)),
            // Never published, however old: it still has to leave.
            Outbox(now.AddDays(-100), publishedAt: null),
        };
        var expiredInbox = Enumerable.Range(0, 10).Select(i => Inbox($"consumer-{i}", now.AddDays(-31))).ToList();
        var keptInbox = Inbox("consumer-young", now.AddDays(-29));
        await first.QueryAsync(async db =>
        {
            db.Set<OutboxMessage>().AddRange([.. expiredOutbox, .. keptOutbox]);
            db.Set<InboxMessage>().AddRange([.. expiredInbox, keptInbox]);
            return await db.SaveChangesAsync();
        });

        var passes = await Task.WhenAll(
            RetentionOf(first).DeleteExpiredAsync(CancellationToken.None),
            RetentionOf(second).DeleteExpiredAsync(CancellationToken.None));

        Assert.True(passes.Sum(p => p.Outbox) <= expiredOutbox.Count, "a row was counted as deleted twice");
        var outboxLeft = await first.QueryAsync(db => db.Set<OutboxMessage>().Select(m => m.Id).ToListAsync());
        var inboxLeft = await first.QueryAsync(db => db.Set<InboxMessage>().Select(m => m.Consumer).ToListAsync());
        Assert.Equal(keptOutbox.Select(m => m.Id).Order(), outboxLeft.Order());
        Assert.Equal([keptInbox.Consumer], inboxLeft);
    }

    private static MessageRetention<MessagingTestDbContext> RetentionOf(TestService service) =>
        service.Services.GetRequiredService<MessageRetention<MessagingTestDbContext>>();

    private static OutboxMessage Outbox(DateTimeOffset createdAt, DateTimeOffset? publishedAt) => new()
    {
        Id = Guid.CreateVersion7(createdAt),
        MessageType = "PromoMonth.Contracts.EnterpriseRegistered",
        Body = "{}",
        CreatedAt = createdAt,
        NextAttemptAt = createdAt,
        PublishedAt = publishedAt,
    };

    private static InboxMessage Inbox(string consumer, DateTimeOffset handledAt) =>
        new() { MessageId = Guid.CreateVersion7(handledAt), Consumer = consumer, HandledAt = handledAt };
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Licensing;

/// <summary>
/// The service's health tells an operator what its gauges see: an event left unpublished past the threshold (a minute)
/// turns it Degraded, and it is Healthy again once the event is out.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class MessagingHealthTests(ServersFixture servers)
{
    [Fact]
    public async Task An_event_unpublished_for_minutes_makes_the_service_degraded_until_it_is_published()
    {
        var service = await servers.ServiceAsync<LicensingDbContext>("licensing-db");
        using var anonymous = service.ClientAs(null);
        var now = DateTimeOffset.UtcNow;
        // Written ten minutes ago and held back for a day: the relay leaves it, as it would while the broker is away.
        var stuck = new OutboxMessage
        {
            Id = Guid.CreateVersion7(now.AddMinutes(-10)),
            MessageType = "PromoMonth.Contracts.HealthProbe",
            Body = "{}",
            CreatedAt = now.AddMinutes(-10),
            NextAttemptAt = now.AddDays(1),
        };
        await service.QueryAsync<LicensingDbContext, int>(db =>
        {
            db.Set<OutboxMessage>().Add(stuck);
            return db.SaveChangesAsync();
        });
        try
        {
            await Eventually.HoldsAsync(() => anonymous.GetStringAsync("/health"), body => body == "Degraded",
                "the service to report Degraded");
        }
        finally
        {
            await service.QueryAsync<LicensingDbContext, int>(db => db.Set<OutboxMessage>().Where(m => m.Id == stuck.Id)
                .ExecuteUpdateAsync(m => m.SetProperty(r => r.PublishedAt, DateTimeOffset.UtcNow)));
        }
        await Eventually.HoldsAsync(() => anonymous.GetStringAsync("/health"), body => body == "Healthy",
            "the service to be Healthy again");
    }
}

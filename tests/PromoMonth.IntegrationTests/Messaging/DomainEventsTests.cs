using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PromoMonth.Contracts;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>
/// The one path from a domain method to the broker: an aggregate's events become outbox rows of the same SaveChanges,
/// under the contract's runtime type, once; a save that fails stores neither the change nor its event.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class DomainEventsTests(RealServersFixture servers)
{
    [Fact]
    public async Task Events_an_aggregate_raised_are_stored_once_as_outbox_rows_of_their_contract()
    {
        using var host = await StartAsync();
        var enterprise = RegisteredEnterprise.Register("百联集团");
        await SaveAsync(host, db => db.Enterprises.Add(enterprise));
        // A second save of the same aggregate has nothing new to send.
        await SaveAsync(host, db => db.Enterprises.Update(enterprise));

        var rows = await QueryAsync(host, db => db.Set<OutboxMessage>().ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(ContractTypes.NameOf(typeof(EnterpriseRegistered)), row.MessageType);
        Assert.Contains(enterprise.Id.ToString(), row.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_save_stores_no_event()
    {
        using var host = await StartAsync();
        var first = RegisteredEnterprise.Register("百联集团");
        await SaveAsync(host, db => db.Enterprises.Add(first));
        var duplicate = RegisteredEnterprise.Register("百联集团", first.Id);

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(host, db => db.Enterprises.Add(duplicate)));

        Assert.Equal(1, await QueryAsync(host, db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task A_save_in_one_round_trip_keeps_the_change_and_its_event_together()
    {
        using var host = await StartAsync();
        // The outbox row is the batch's last statement (EF orders inserts by table): the server refuses it, so the
        // enterprise's insert before it in the same batch must not stay either.
        await QueryAsync(host, db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS
              $$ BEGIN IF NEW.body::text LIKE '%refused%' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_event BEFORE INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION refuse_event();
            """));
        var kept = RegisteredEnterprise.Register("kept");
        await SaveInOneRoundTripAsync(host, db => db.Enterprises.Add(kept));
        var refused = RegisteredEnterprise.Register("refused");

        await Assert.ThrowsAnyAsync<Exception>(() => SaveInOneRoundTripAsync(host, db => db.Enterprises.Add(refused)));

        Assert.Equal([kept.Id], await QueryAsync(host, db => db.Enterprises.Select(e => e.Id).ToListAsync()));
        Assert.Equal(1, await QueryAsync(host, db => db.Set<OutboxMessage>().CountAsync()));
    }

    private async Task<IHost> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:domain-db"] = await servers.CreateDatabaseAsync("domain_events"),
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IDomainEventContracts, EnterpriseContracts>();
        builder.AddServiceDatabase<HostApplicationBuilder, DomainTestDbContext>("domain-db");
        var host = builder.Build();
        await QueryAsync(host, db => db.Database.EnsureCreatedAsync());
        return host;
    }

    private static async Task SaveAsync(IHost host, Action<DomainTestDbContext> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DomainTestDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    private static async Task SaveInOneRoundTripAsync(IHost host, Action<DomainTestDbContext> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DomainTestDbContext>();
        change(db);
        await db.SaveInOneRoundTripAsync(CancellationToken.None);
    }

    private static async Task<T> QueryAsync<T>(IHost host, Func<DomainTestDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DomainTestDbContext>());
    }

    public sealed class DomainTestDbContext(DbContextOptions<DomainTestDbContext> options) : DbContext(options)
    {
        public DbSet<RegisteredEnterprise> Enterprises => Set<RegisteredEnterprise>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.AddOutboxAndInbox();
            modelBuilder.Entity<RegisteredEnterprise>().HasKey(e => e.Id);
        }
    }

    public sealed class RegisteredEnterprise : AggregateRoot
    {
        public Guid Id { get; private set; }

        public string Name { get; private set; } = "";

        public static RegisteredEnterprise Register(string name, Guid? id = null)
        {
            var enterprise = new RegisteredEnterprise { Id = id ?? Guid.CreateVersion7(), Name = name };
            enterprise.Raise(new Registered(enterprise));
            return enterprise;
        }
    }

    public sealed record Registered(RegisteredEnterprise Enterprise) : IDomainEvent;

    private sealed class EnterpriseContracts : IDomainEventContracts
    {
        public object? ToContract(IDomainEvent domainEvent) => domainEvent switch
        {
            Registered registered => new EnterpriseRegistered
            {
                EnterpriseId = registered.Enterprise.Id,
                CreditCode = "91310000MA1FL1234Q",
                Name = registered.Enterprise.Name,
                RegionCode = "310000",
                RegisteredAt = DateTimeOffset.UtcNow,
            },
            _ => null,
        };
    }
}

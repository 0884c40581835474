using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Infrastructure;

public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    public DbSet<KnownRespondent> KnownRespondents => Set<KnownRespondent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.StoreTimestampsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<KnownRespondent>(enterprise =>
        {
            enterprise.ToTable("known_respondents");
            enterprise.HasKey(e => e.EnterpriseId);
            // A code is registered once per campaign, so several campaigns can hold the same code.
            enterprise.HasIndex(e => e.CreditCode);
            enterprise.Property(e => e.CreditCode).HasMaxLength(18).IsFixedLength();
            enterprise.Property(e => e.RegionCode).HasMaxLength(6).IsFixedLength();
            enterprise.Property(e => e.Name).HasMaxLength(200);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.EventRegistry.Infrastructure;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<KeyEnterprise> Enterprises => Set<KeyEnterprise>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<KeyEnterprise>(enterprise =>
        {
            enterprise.ToTable("key_enterprises");
            enterprise.HasKey(e => e.Id);
            // A credit code is registered once; the index, not a prior read, decides a race.
            enterprise.HasIndex(e => e.CreditCode).IsUnique();
            enterprise.Property(e => e.CreditCode).HasMaxLength(18).IsFixedLength();
            enterprise.Property(e => e.Name).HasMaxLength(KeyEnterprise.MaxNameLength);
            enterprise.Property(e => e.RegionCode).HasMaxLength(6).IsFixedLength();
            enterprise.Property(e => e.Address).HasMaxLength(KeyEnterprise.MaxAddressLength);
            enterprise.Property(e => e.Industry).HasMaxLength(KeyEnterprise.MaxIndustryLength);
            enterprise.HasIndex(e => e.RegionCode);
        });
    }
}

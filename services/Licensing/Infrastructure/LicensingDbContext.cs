using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Infrastructure;

public sealed class LicensingDbContext(DbContextOptions<LicensingDbContext> options) : DbContext(options)
{
    public DbSet<LicensableEnterprise> LicensableEnterprises => Set<LicensableEnterprise>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<LicensableEnterprise>(enterprise =>
        {
            enterprise.ToTable("licensable_enterprises");
            enterprise.HasKey(e => e.EnterpriseId);
            // A code is registered once per campaign, so several campaigns can hold the same code.
            enterprise.HasIndex(e => e.CreditCode);
            enterprise.Property(e => e.CreditCode).HasMaxLength(18).IsFixedLength();
            enterprise.Property(e => e.RegionCode).HasMaxLength(6).IsFixedLength();
            enterprise.Property(e => e.Name).HasMaxLength(200);
        });
    }
}

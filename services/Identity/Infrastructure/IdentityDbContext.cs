using Microsoft.EntityFrameworkCore;
using PromoMonth.Identity.Domain;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.Identity.Infrastructure;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<ClientProfile> ClientProfiles => Set<ClientProfile>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<ClientProfile>(profile =>
        {
            profile.ToTable("client_profiles");
            profile.HasKey(p => p.ClientId);
            profile.Property(p => p.ClientId).HasMaxLength(100);
            profile.Property(p => p.Kind).HasMaxLength(30);
            profile.Property(p => p.RegionCode).HasMaxLength(6).IsFixedLength();
            profile.Property(p => p.DisplayName).HasMaxLength(200);
        });
        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("signing_keys");
            key.HasKey(k => k.Id);
        });
    }
}

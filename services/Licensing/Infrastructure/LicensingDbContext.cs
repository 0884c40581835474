using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.Licensing.Infrastructure;

public sealed class LicensingDbContext(DbContextOptions<LicensingDbContext> options) : DbContext(options)
{
    private const string StatusPositionSequence = "licence_status_positions";

    public DbSet<LicensableEnterprise> LicensableEnterprises => Set<LicensableEnterprise>();
    public DbSet<LicensableActivity> LicensableActivities => Set<LicensableActivity>();
    public DbSet<License> Licenses => Set<License>();
    public DbSet<Mark> Marks => Set<Mark>();
    public DbSet<SigningKey> CredentialKeys => Set<SigningKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimestampsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        // Status list positions: one per licence, taken once and never given back (a rolled-back grant leaves a gap).
        modelBuilder.HasSequence<long>(StatusPositionSequence).StartsAt(0).HasMin(0);
        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("credential_keys");
            key.HasKey(k => k.Id);
        });
        modelBuilder.Entity<LicensableEnterprise>(enterprise =>
        {
            enterprise.ToTable("licensable_enterprises");
            enterprise.HasKey(e => e.EnterpriseId);
            // A code is registered once per campaign, so several campaigns can hold the same code.
            enterprise.HasIndex(e => e.CreditCode);
            enterprise.Property(e => e.CreditCode).HasMaxLength(18).IsFixedLength();
            enterprise.Property(e => e.RegionCode).HasMaxLength(6).IsFixedLength();
            enterprise.Property(e => e.Name).HasMaxLength(200);
            enterprise.Property(e => e.CampaignCode).HasMaxLength(20);
        });
        modelBuilder.Entity<LicensableActivity>(activity =>
        {
            activity.ToTable("licensable_activities");
            activity.HasKey(a => a.ActivityId);
            activity.Property(a => a.RegionCode).HasMaxLength(6).IsFixedLength();
            activity.Property(a => a.CityCode).HasMaxLength(6).IsFixedLength();
            activity.Property(a => a.CampaignCode).HasMaxLength(20);
        });
        modelBuilder.Entity<License>(license =>
        {
            license.ToTable("licenses");
            license.HasKey(l => l.Id);
            license.HasIndex(l => l.Number).IsUnique();
            license.HasIndex(l => new { l.LicenseeKind, l.LicenseeId });
            license.HasIndex(l => l.RegionCode);
            license.Property(l => l.Number).HasMaxLength(40);
            license.Property(l => l.LicenseeKind).HasConversion<string>().HasMaxLength(20);
            license.Property(l => l.StoredStatus).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            license.Property(l => l.RegionCode).HasMaxLength(6).IsFixedLength();
            license.Property(l => l.Scope).HasJsonColumn();
            license.Property(l => l.History).HasJsonColumn();
            license.Property(l => l.GrantingUnit).HasMaxLength(6).IsFixedLength();
            license.Property(l => l.StatusPosition).HasDefaultValueSql($"nextval('{StatusPositionSequence}')");
            license.HasIndex(l => l.StatusPosition).IsUnique();
            // The status lists read the few licences whose bit is set, a list's range at a time.
            license.HasIndex(l => new { l.StoredStatus, l.StatusPosition })
                .HasFilter("status IN ('Revoked', 'Suspended')").HasDatabaseName("ix_licenses_set_status_bits");
        });
        modelBuilder.Entity<Mark>(mark =>
        {
            mark.ToTable("marks");
            mark.HasKey(m => m.CampaignCode);
            mark.Property(m => m.CampaignCode).HasMaxLength(20);
            mark.Property(m => m.Rules).HasJsonColumn();
        });
        modelBuilder.Entity<LicenseNumberCounter>(counter =>
        {
            counter.ToTable("license_number_counters");
            counter.HasKey(c => new { c.CampaignCode, c.RegionCode });
        });
    }
}

/// <summary>The last serial used per campaign and region, taken atomically so numbers never repeat.</summary>
public sealed class LicenseNumberCounter
{
    public required string CampaignCode { get; init; }
    public required string RegionCode { get; init; }
    public int LastSerial { get; set; }
}

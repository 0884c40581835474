using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.EventRegistry.Infrastructure;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<KeyEnterprise> Enterprises => Set<KeyEnterprise>();
    public DbSet<CommitmentDocument> CommitmentDocuments => Set<CommitmentDocument>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityTransition> ActivityTransitions => Set<ActivityTransition>();
    public DbSet<CatalogRelease> CatalogReleases => Set<CatalogRelease>();
    public DbSet<LaunchLinkup> LaunchLinkups => Set<LaunchLinkup>();
    public DbSet<ActivityFollow> Follows => Set<ActivityFollow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimestampsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();

        modelBuilder.Entity<ActivityFollow>(follow =>
        {
            follow.ToTable("activity_follows");
            follow.HasKey(f => f.Id);
            // One follow per client and activity: the index, not a prior read, decides two follows at once.
            follow.HasIndex(f => new { f.ActivityId, f.FollowerClientId }).IsUnique();
            follow.HasIndex(f => new { f.FollowerClientId, f.FollowedAt });
            follow.Property(f => f.FollowerClientId).HasMaxLength(100);
        });

        modelBuilder.Entity<Campaign>(campaign =>
        {
            campaign.ToTable("campaigns");
            campaign.HasKey(c => c.Id);
            campaign.HasIndex(c => c.Code).IsUnique();
            campaign.Property(c => c.Code).HasMaxLength(20);
            campaign.Property(c => c.Window).HasJsonColumn();
        });

        modelBuilder.Entity<KeyEnterprise>(enterprise =>
        {
            enterprise.ToTable("key_enterprises");
            enterprise.HasKey(e => e.Id);
            // A credit code is registered once per campaign; the index, not a prior read, decides a race.
            enterprise.HasIndex(e => new { e.CampaignId, e.CreditCode }).IsUnique();
            enterprise.HasIndex(e => e.CreditCode);
            enterprise.HasIndex(e => e.RegionCode);
            enterprise.Property(e => e.CreditCode).HasMaxLength(18).IsFixedLength();
            enterprise.Property(e => e.Name).HasMaxLength(KeyEnterprise.MaxNameLength);
            enterprise.Property(e => e.RegionCode).HasMaxLength(6).IsFixedLength();
            enterprise.Property(e => e.Address).HasMaxLength(KeyEnterprise.MaxAddressLength);
            enterprise.Property(e => e.Industry).HasMaxLength(KeyEnterprise.MaxIndustryLength);
            enterprise.Property(e => e.Contact).HasJsonColumn();
            enterprise.Property(e => e.Commitment).HasJsonColumn();
            enterprise.Property(e => e.OutOfRegion).HasJsonColumn();
        });

        modelBuilder.Entity<CommitmentDocument>(document =>
        {
            document.ToTable("commitment_documents");
            document.HasKey(d => d.EnterpriseId);
            document.Property(d => d.ContentType).HasMaxLength(50);
        });

        modelBuilder.Entity<Activity>(activity =>
        {
            activity.ToTable("activities");
            activity.HasKey(a => a.Id);
            activity.HasIndex(a => new { a.CampaignId, a.Status });
            // The registry's lists: by status (and region for a unit) in id order, so a page and its count read an index.
            activity.HasIndex(a => new { a.Status, a.Id });
            activity.HasIndex(a => new { a.RegionCode, a.Status, a.Id });
            activity.Property(a => a.RegionCode).HasMaxLength(6).IsFixedLength();
            activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.Details).HasJsonColumn();
            activity.Property(a => a.SafetyIncidents).HasJsonColumn();
            activity.Property(a => a.RowVersion).IsRowVersion();
            activity.HasMany(a => a.History).WithOne().HasForeignKey(t => t.ActivityId);
        });

        modelBuilder.Entity<ActivityTransition>(transition =>
        {
            transition.ToTable("activity_transitions");
            transition.HasKey(t => t.Id);
            transition.Property(t => t.Action).HasConversion<string>().HasMaxLength(20);
            transition.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
            transition.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
            transition.Property(t => t.By).HasMaxLength(100);
            transition.Property(t => t.Reason).HasMaxLength(2000);
        });

        modelBuilder.Entity<CatalogRelease>(release =>
        {
            release.ToTable("catalog_releases");
            release.HasKey(r => r.Id);
            // Two ministry operators publishing at once cannot both take the same number.
            release.HasIndex(r => new { r.CampaignId, r.Version }).IsUnique();
            // A release never changes once published: compared by reference, not by serialising it on every save.
            release.Property(r => r.Entries).HasReplacedJsonColumn();
            release.Property(r => r.Changes).HasReplacedJsonColumn();
            release.Property(r => r.ActivityCount).HasComputedColumnSql("jsonb_array_length(entries)", stored: true);
            release.Property(r => r.AddedCount).HasComputedColumnSql("jsonb_array_length(changes -> 'added')", stored: true);
            release.Property(r => r.ChangedCount).HasComputedColumnSql("jsonb_array_length(changes -> 'changed')", stored: true);
            release.Property(r => r.CancelledCount).HasComputedColumnSql("jsonb_array_length(changes -> 'cancelled')", stored: true);
            release.Property(r => r.PublishedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<LaunchLinkup>(linkup =>
        {
            linkup.ToTable("launch_linkups");
            linkup.HasKey(l => l.Id);
            linkup.HasIndex(l => new { l.CampaignId, l.RegionCode }).IsUnique();
            linkup.Property(l => l.RegionCode).HasMaxLength(6).IsFixedLength();
            linkup.Property(l => l.Readiness).HasConversion<string>().HasMaxLength(20);
        });
    }
}

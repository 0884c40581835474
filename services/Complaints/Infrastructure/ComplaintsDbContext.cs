using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Infrastructure;

public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    public DbSet<KnownRespondent> KnownRespondents => Set<KnownRespondent>();
    public DbSet<KnownActivity> KnownActivities => Set<KnownActivity>();
    public DbSet<ComplaintCase> Cases => Set<ComplaintCase>();
    public DbSet<Open311Key> Open311Keys => Set<Open311Key>();
    public DbSet<KnownLicense> KnownLicenses => Set<KnownLicense>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimestampsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Open311Key>(key =>
        {
            key.ToTable("open311_keys");
            key.HasKey(k => k.Id);
            key.HasIndex(k => k.KeyHash).IsUnique();
            key.Property(k => k.KeyHash).HasMaxLength(64);
            key.Property(k => k.HotlineClientId).HasMaxLength(100);
        });
        modelBuilder.Entity<KnownLicense>(license =>
        {
            // The table keeps the name it was created with.
            license.ToTable("known_licences");
            license.HasKey(l => l.LicenseId);
            license.HasIndex(l => new { l.LicenseeId, l.Active });
            license.Property(l => l.LicenseeKind).HasMaxLength(20);
        });
        modelBuilder.Entity<KnownActivity>(activity =>
        {
            activity.ToTable("known_activities");
            activity.HasKey(a => a.ActivityId);
            activity.Property(a => a.RegionCode).HasMaxLength(6).IsFixedLength();
        });
        modelBuilder.Entity<ComplaintCase>(complaint =>
        {
            complaint.ToTable("cases");
            complaint.HasKey(c => c.Id);
            // A hotline's reference names one case: the index, not a prior read, decides a race between retries.
            complaint.HasIndex(c => new { c.HotlineClientId, c.HotlineReference }).IsUnique();
            // A handler's list (region, status, most urgent first): a page reads its 20 entries in order whatever the
            // table's size, from page 1 or from a cursor; the count reads the index only.
            complaint.HasIndex(c => new { c.ResponsibleRegion, c.Status, c.AcceptanceDueAt, c.Id })
                .IncludeProperties(c => c.ReceivedAt);
            // The same list for some days of receipts: the days are a range of this index, so its count and its pages
            // read the cases received in those days only, not every open case of the region.
            complaint.HasIndex(c => new { c.ResponsibleRegion, c.Status, c.ReceivedAt })
                .IncludeProperties(c => new { c.AcceptanceDueAt, c.Id });
            complaint.HasIndex(c => new { c.DuplicateKey, c.ReceivedAt });
            complaint.Property(c => c.DuplicateKey).HasMaxLength(64);
            complaint.Property(c => c.PossibleDuplicates).HasJsonColumn();
            // The overdue watch walks only received cases it has not yet announced.
            complaint.HasIndex(c => c.AcceptanceDueAt).HasFilter("status = 'Received' AND overdue_notified_at IS NULL");
            // The warning watch walks only running deadlines not yet warned of; acceptance's shares the index above.
            complaint.HasIndex(c => c.MediationDueAt).HasFilter("status = 'InMediation' AND mediation_warned_at IS NULL");
            complaint.HasIndex(c => c.VerificationDueAt).HasFilter("verification_due_at IS NOT NULL AND verification_warned_at IS NULL");
            complaint.Property(c => c.SuspendedFor).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.HotlineClientId).HasMaxLength(100);
            complaint.Property(c => c.HotlineReference).HasMaxLength(64);
            complaint.Property(c => c.RequestDigest).HasMaxLength(64);
            complaint.Property(c => c.Channel).HasMaxLength(50);
            complaint.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
            complaint.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.RoutedBy).HasConversion<string>().HasMaxLength(30);
            complaint.Property(c => c.ResponsibleRegion).HasMaxLength(6).IsFixedLength();
            complaint.Property(c => c.Description).HasMaxLength(ComplaintCase.MaxDescriptionLength);
            complaint.Property(c => c.AmountInvolved).HasPrecision(14, 2);
            complaint.Property(c => c.Complainant).HasJsonColumn();
            complaint.Property(c => c.Respondent).HasJsonColumn();
            complaint.Property(c => c.AttachmentLinks).HasJsonColumn();
            complaint.Property(c => c.History).HasJsonColumn();
            complaint.Property(c => c.Findings).HasJsonColumn();
            complaint.Ignore(c => c.IsOpen);
            complaint.Ignore(c => c.IsSuspended);
            // Two handlers' steps at once: the second would replace the history the first appended to.
            complaint.Property(c => c.RowVersion).IsRowVersion();
            complaint.OwnsOne(c => c.Location, location =>
            {
                location.Property(l => l.Latitude).HasColumnName("latitude");
                location.Property(l => l.Longitude).HasColumnName("longitude");
            });
            // Open311's service-request updates walk one hotline's cases by their last change.
            complaint.HasIndex(c => new { c.HotlineClientId, c.UpdatedAt });
        });
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

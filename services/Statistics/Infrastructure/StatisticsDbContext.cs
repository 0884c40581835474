using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Infrastructure;

public sealed class StatisticsDbContext(DbContextOptions<StatisticsDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimestampsAsUtc();

    public DbSet<ComplaintCount> ComplaintCounts => Set<ComplaintCount>();
    public DbSet<StatisticsForm> Forms => Set<StatisticsForm>();
    public DbSet<ReportingPeriod> Periods => Set<ReportingPeriod>();
    public DbSet<UnitContacts> Contacts => Set<UnitContacts>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportRevision> Revisions => Set<ReportRevision>();
    public DbSet<CorrectionRequest> Corrections => Set<CorrectionRequest>();
    public DbSet<DeadlineNotice> Notices => Set<DeadlineNotice>();
    public DbSet<CampaignSummary> Summaries => Set<CampaignSummary>();
    public DbSet<NationalTotal> NationalTotals => Set<NationalTotal>();
    public DbSet<CatalogActivity> CatalogActivities => Set<CatalogActivity>();
    public DbSet<GrantedLicense> GrantedLicenses => Set<GrantedLicense>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<ComplaintCount>(count =>
        {
            count.ToTable("complaint_counts");
            count.HasKey(c => new { c.RegionCode, c.Category, c.Day });
            count.Property(c => c.RegionCode).HasMaxLength(6);
            count.Property(c => c.Category).HasMaxLength(30);
        });
        modelBuilder.Entity<StatisticsForm>(form =>
        {
            form.ToTable("forms");
            form.HasIndex(f => new { f.CampaignCode, f.Version }).IsUnique();
            form.Property(f => f.CampaignCode).HasMaxLength(20);
            form.Property(f => f.Indicators).HasJsonColumn();
            form.Property(f => f.Rules).HasJsonColumn();
        });
        modelBuilder.Entity<ReportingPeriod>(period =>
        {
            period.ToTable("reporting_periods");
            period.HasKey(p => p.Code);
            period.Property(p => p.Code).HasMaxLength(40);
            period.Property(p => p.CampaignCode).HasMaxLength(20);
            period.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
            period.HasIndex(p => p.DueAt);
        });
        modelBuilder.Entity<UnitContacts>(contacts =>
        {
            contacts.ToTable("unit_contacts");
            contacts.HasKey(c => c.RegionCode);
            contacts.Property(c => c.RegionCode).HasMaxLength(6);
            contacts.Property(c => c.Responsible).HasJsonColumn();
            contacts.Property(c => c.Deputies).HasJsonColumn();
        });
        modelBuilder.Entity<Report>(report =>
        {
            report.ToTable("reports");
            report.HasIndex(r => new { r.PeriodCode, r.RegionCode }).IsUnique();
            report.HasIndex(r => new { r.RegionCode, r.PeriodCode });
            report.Property(r => r.RegionCode).HasMaxLength(6);
            report.Property(r => r.PeriodCode).HasMaxLength(40);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
            // lz4, not PostgreSQL's default pglz, for the large documents: a campaign's import writes a thousand reports
            // and their revisions at once, and pglz compressing them was a third of the database's time for it.
            report.Property(r => r.Content).HasReplacedJsonColumn().UseCompressionMethod("lz4");
            report.Property(r => r.Outliers).HasReplacedJsonColumn();
            report.Property(r => r.IdempotencyKey).HasMaxLength(100);
            report.Property(r => r.Approvals).HasJsonColumn();
            report.Ignore(r => r.IsSubmitted);
            // Two units saving the same report at once: the second save fails instead of silently overwriting.
            report.Property(r => r.Version).IsConcurrencyToken();
            // And a save and an approval step at the same moment: any change of the row (PostgreSQL's xmin) fails the other.
            report.Property(r => r.RowVersion).IsRowVersion();
        });
        modelBuilder.Entity<ReportRevision>(revision =>
        {
            revision.ToTable("report_revisions");
            revision.HasIndex(r => new { r.ReportId, r.Version }).IsUnique();
            revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
            revision.Property(r => r.Changes).HasReplacedJsonColumn(StoredValueChanges.Json).UseCompressionMethod("lz4");
        });
        modelBuilder.Entity<CorrectionRequest>(correction =>
        {
            correction.ToTable("correction_requests");
            correction.HasIndex(c => new { c.RegionCode, c.PeriodCode, c.Status });
            correction.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
            correction.Property(c => c.RegionCode).HasMaxLength(6);
            correction.Property(c => c.PeriodCode).HasMaxLength(40);
            correction.Property(c => c.Reason).HasMaxLength(2000);
        });
        modelBuilder.Entity<DeadlineNotice>(notice =>
        {
            notice.ToTable("deadline_notices");
            notice.HasKey(n => new { n.RegionCode, n.PeriodCode, n.Kind });
            notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(10);
        });
        modelBuilder.Entity<CampaignSummary>(summary =>
        {
            summary.ToTable("campaign_summaries");
            summary.HasKey(s => new { s.RegionCode, s.CampaignCode });
            summary.Property(s => s.OverallSituation).HasMaxLength(20000);
            summary.Property(s => s.Experiences).HasMaxLength(20000);
            summary.Property(s => s.Recommendations).HasMaxLength(20000);
        });
        modelBuilder.Entity<NationalTotal>(total =>
        {
            total.ToTable("national_totals");
            total.HasKey(t => new { t.PeriodCode, t.IndicatorCode, t.Level });
            total.Property(t => t.Level).HasConversion<string>().HasMaxLength(20);
            total.Property(t => t.Total).HasPrecision(20, 2);
        });
        modelBuilder.Entity<CatalogActivity>(activity =>
        {
            activity.ToTable("catalog_activities");
            activity.HasKey(a => a.ActivityId);
            activity.HasIndex(a => new { a.CampaignCode, a.RegionCode });
        });
        modelBuilder.Entity<GrantedLicense>(license =>
        {
            license.ToTable("granted_licences");
            license.HasKey(l => l.LicenseId);
            license.HasIndex(l => l.RegionCode);
        });
    }
}

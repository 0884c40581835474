using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain;

namespace PromoMonth.Statistics.Infrastructure;

public sealed class StatisticsDbContext(DbContextOptions<StatisticsDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.StoreTimestampsAsUtc();

    public DbSet<ComplaintCount> ComplaintCounts => Set<ComplaintCount>();

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
    }
}

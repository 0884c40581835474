using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Statistics.Infrastructure;

public sealed class StatisticsDbContext(DbContextOptions<StatisticsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

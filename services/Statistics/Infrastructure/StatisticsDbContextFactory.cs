using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PromoMonth.Statistics.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class StatisticsDbContextFactory : IDesignTimeDbContextFactory<StatisticsDbContext>
{
    public StatisticsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StatisticsDbContext>()
            .UseNpgsql("Host=localhost;Database=statistics")
            .UseSnakeCaseNamingConvention()
            .Options);
}

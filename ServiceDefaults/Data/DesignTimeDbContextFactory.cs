using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PromoMonth.ServiceDefaults.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's model without a running AppHost, with the conventions the
/// service runs with. Each service derives one line from it, since EF looks for the factory in the service's assembly.
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext>(string database, Func<DbContextOptions<TDbContext>, TDbContext> create)
    : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args) =>
        create(new DbContextOptionsBuilder<TDbContext>()
            .UseNpgsql($"Host=localhost;Database={database}")
            .UseSnakeCaseNamingConvention()
            .Options);
}

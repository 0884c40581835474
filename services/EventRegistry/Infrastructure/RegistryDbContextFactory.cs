using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PromoMonth.EventRegistry.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class RegistryDbContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseNpgsql("Host=localhost;Database=registry")
            .UseSnakeCaseNamingConvention()
            .Options);
}

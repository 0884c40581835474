using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class LicensingDbContextFactory : IDesignTimeDbContextFactory<LicensingDbContext>
{
    public LicensingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LicensingDbContext>()
            .UseNpgsql("Host=localhost;Database=licensing")
            .UseSnakeCaseNamingConvention()
            .Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class ComplaintsDbContextFactory : IDesignTimeDbContextFactory<ComplaintsDbContext>
{
    public ComplaintsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ComplaintsDbContext>()
            .UseNpgsql("Host=localhost;Database=complaints")
            .UseSnakeCaseNamingConvention()
            .Options);
}

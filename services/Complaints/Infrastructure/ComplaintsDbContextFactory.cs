using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without a running AppHost.</summary>
internal sealed class ComplaintsDbContextFactory() : DesignTimeDbContextFactory<ComplaintsDbContext>("complaints", options => new(options));

using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddStatisticsServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapReportingUnitsApi();
app.MapComplaintCountsApi();

await app.MigrateDatabaseAsync<StatisticsDbContext>();
await app.RunAsync();

using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.DescribeApi(StatisticsApiContract.Title, StatisticsApiContract.Description, StatisticsApiContract.Tags);
builder.AddStatisticsServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapReportingUnitsApi();
app.MapComplaintCountsApi();
app.MapFormsApi();
app.MapPeriodsApi();
app.MapContactsApi();
app.MapReportsApi();
app.MapReportApprovalApi();
app.MapCorrectionsApi();
app.MapImportsApi();
app.MapRollupsApi();
app.MapCompletenessApi();
app.MapOutliersApi();
app.MapCrossChecksApi();
app.MapSummariesApi();

await app.MigrateDatabaseAsync<StatisticsDbContext>();
await app.SeedStatisticsAsync();
await app.RunAsync();

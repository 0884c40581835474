using PromoMonth.Complaints.Apis;
using PromoMonth.Complaints.Open311;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.DescribeApi(ComplaintsApiContract.Title, ComplaintsApiContract.Description, ComplaintsApiContract.Tags);
builder.AddComplaintsServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapRoutingApi();
app.MapCasesApi();
app.MapCaseCountsApi();
app.MapHandlingApi();
app.MapOpen311Api();
app.MapOpen311KeysApi();

await app.MigrateDatabaseAsync<ComplaintsDbContext>();
await app.RunAsync();

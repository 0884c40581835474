using PromoMonth.Licensing.Apis;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLicensingServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapEligibilityApi();
app.MapLicensesApi();
app.MapVerifyApi();
app.MapMarkApi();

await app.MigrateDatabaseAsync<LicensingDbContext>();
await app.SeedMarkAsync();
await app.RunAsync();

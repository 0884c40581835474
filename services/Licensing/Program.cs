using PromoMonth.Licensing.Apis;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.DescribeApi(LicensingApiContract.Title, LicensingApiContract.Description, LicensingApiContract.Tags);
builder.AddLicensingServices();
// QR scans: counted on the dashboard, not traced one by one (see AnonymousReadTracing).
builder.Services.UntraceAnonymousReads("/api/verify", "/verify");

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapEligibilityApi();
app.MapLicensesApi();
app.MapVerifyApi();
app.MapCredentialsApi();
app.MapLicenceCountsApi();
app.MapMarkApi();
app.MapBenchmarkPeer();

await app.MigrateDatabaseAsync<LicensingDbContext>();
await app.SeedMarkAsync();
await app.Services.GetRequiredService<SigningKeyRotation<LicensingDbContext>>().RunOnceAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

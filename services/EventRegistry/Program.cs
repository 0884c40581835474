using PromoMonth.EventRegistry.Apis;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.DescribeApi(RegistryApiContract.Title, RegistryApiContract.Description, RegistryApiContract.Tags);
builder.AddRegistryServices();
// Public catalog reads: counted on the dashboard, not traced one by one (see AnonymousReadTracing).
builder.Services.UntraceAnonymousReads("/api/catalog");

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapCampaignsApi();
app.MapEnterprisesApi();
app.MapActivitiesApi();
app.MapFollowingApi();
app.MapCatalogReleasesApi();
app.MapLaunchApi();
app.MapPublicCatalogApi();

await app.MigrateDatabaseAsync<RegistryDbContext>();
await app.SeedCampaignsAsync();
await app.RunAsync();

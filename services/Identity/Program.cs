using PromoMonth.Identity.Apis;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.Identity.Seeding;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapTokenEndpoint();
app.MapClientsApi();

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.SeedClientsAsync();
await app.RunAsync();

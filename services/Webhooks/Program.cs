using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.Webhooks.Apis;
using PromoMonth.Webhooks.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.DescribeApi(WebhooksApiContract.Title, WebhooksApiContract.Description, WebhooksApiContract.Tags);
builder.AddWebhooksServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapEventTypesApi();
app.MapSubscriptionsApi();
app.MapDeliveriesApi();

await app.MigrateDatabaseAsync<WebhooksDbContext>();
await app.RunAsync();

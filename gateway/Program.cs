using PromoMonth.Gateway;
using PromoMonth.Gateway.Board;
using PromoMonth.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseForwardedCaller();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCorrelationId();
app.UseAccessMetrics();
app.UseRequestBodyLimit();
app.UseOutputCache();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapApiDocs();
app.MapBoard();
app.MapReverseProxy();
app.MapUnroutedPaths();

await app.RunAsync();

using PromoMonth.Identity;
using PromoMonth.Identity.Apis;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.DescribeApi(IdentityApiContract.Title, IdentityApiContract.Description, IdentityApiContract.Tags);
builder.AddIdentityServices();

var app = builder.Build().MapIdentity();
await app.PrepareAsync();
await app.RunAsync();

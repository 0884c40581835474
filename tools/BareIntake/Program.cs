using Microsoft.AspNetCore.Authentication.JwtBearer;
using Npgsql;
using PromoMonth.BareIntake;

// The benchmark's peer for the durable intake, reached through PromoMonth's own gateway: a bare ASP.NET Core endpoint
// that validates the same token as the complaints service (signature from the token server's JWKS, issuer, audience,
// lifetime, the intake scope), reads the same case, and inserts the case row and an outbox row in one transaction with
// Npgsql. No routing, no duplicate search, no deadlines, no telemetry, no logging: the floor of a durable intake in .NET.
// Usage: PromoMonth.BareIntake <listen-url> <gateway-url> <PostgreSQL connection string>
var (listen, gateway, database) = (args[0], args[1].TrimEnd('/'), args[2]);
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
{
    options.MetadataAddress = $"{gateway}/.well-known/openid-configuration";
    options.RequireHttpsMetadata = false;
    options.MapInboundClaims = false;
    options.TokenValidationParameters.ValidAudience = "complaints";
    options.TokenValidationParameters.ValidTypes = ["at+jwt", "JWT"];
});
builder.Services.AddAuthorizationBuilder().AddPolicy("intake", policy => policy.RequireAssertion(context =>
    context.User.FindAll("scope").Any(c => c.Value.Split(' ').Contains("complaints.intake"))));
builder.Services.AddSingleton(NpgsqlDataSource.Create(database));
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, IntakeJson.Default));
var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapPost("/_benchmark/intake/cases", PeerIntake.PostAsync).RequireAuthorization("intake");
await app.RunAsync(listen);

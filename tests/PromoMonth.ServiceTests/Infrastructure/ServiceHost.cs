using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PromoMonth.IntegrationTests.Infrastructure;

namespace PromoMonth.ServiceTests.Infrastructure;

/// <summary>
/// One service, started in this process by its own entry point (<typeparamref name="TEntryPoint"/> names any type of
/// its assembly), on a database of its own and the shared real broker and cache. Tokens are signed by
/// <see cref="TestTokens"/> instead of the token server: everything else is the service as it runs.
/// </summary>
public sealed class ServiceHost<TEntryPoint>(
    string databaseConnectionName,
    string databaseConnectionString,
    ServersFixture servers,
    string environment,
    IReadOnlyDictionary<string, string>? settings)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    /// <summary>What the service logged since it started (Information and above).</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", databaseConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", servers.BrokerUri);
        builder.UseSetting("ConnectionStrings:redis", servers.RedisConnectionString);
        // One key ring per database: every host on the same database (a second replica) unprotects the same keys.
        var keyRing = Path.Combine(Path.GetTempPath(),
            $"promomonth-st-keyring-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(databaseConnectionString)))[..16]}");
        builder.UseSetting("Identity:KeyRingPath", keyRing);
        builder.UseSetting("Licensing:KeyRingPath", keyRing);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
            configuration.SigningKeys.Add(TestTokens.SigningKey);
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        }));
    }

    /// <summary>A client that calls the service as <paramref name="client"/>, or anonymously when null.</summary>
    public HttpClient ClientAs(TestClient? client)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (client is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(client));
        }
        return http;
    }

    /// <summary>Reads the service's own database, as the test's evidence of what a request stored.</summary>
    public async Task<T> QueryAsync<TDbContext, T>(Func<TDbContext, Task<T>> query) where TDbContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }
}

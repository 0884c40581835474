using PromoMonth.ServiceDefaults.Security.SigningKeys;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using PromoMonth.Identity;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.IntegrationTests.Identity;

/// <summary>The token server, started in-process as its entry point starts it, in a chosen environment, on a free port.</summary>
internal sealed class IdentityServer(WebApplication app, HttpClient http) : IAsyncDisposable
{
    public static async Task<IdentityServer> StartAsync(
        string connectionString, string environment, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(IdentityApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:identity-db"] = connectionString,
            // One key ring per database, kept across restarts and shared by replicas, as a mounted volume would be.
            ["Identity:KeyRingPath"] = KeyRingOf(connectionString),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.AddIdentityServices();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }
        var app = builder.Build().MapIdentity();
        try
        {
            await app.PrepareAsync();
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new IdentityServer(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    public IServiceProvider Services => app.Services;

    public static string KeyRingOf(string connectionString) =>
        Path.Combine(Path.GetTempPath(), $"promomonth-it-keyring-{new NpgsqlConnectionStringBuilder(connectionString).Database}");

    /// <summary>The key ids the JWKS publishes.</summary>
    public async Task<List<string>> PublishedKeyIdsAsync()
    {
        var keys = new JsonWebKeySet(await http.GetStringAsync("/.well-known/jwks"));
        return [.. keys.Keys.Select(k => k.Kid).Order(StringComparer.Ordinal)];
    }

    /// <summary>One rotation pass now, as the replica's timer would run it.</summary>
    public Task RotateAsync() =>
        app.Services.GetRequiredService<SigningKeyRotation<IdentityDbContext>>().RunOnceAsync(CancellationToken.None);

    public HttpClient Http => http;

    /// <summary>A client-credentials token request: the access token, or null with the refusal's OAuth error.</summary>
    public async Task<(string? Token, string? Error)> RequestTokenAsync(string clientId, string secret)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode
            ? (body.GetProperty("access_token").GetString(), null)
            : (null, body.TryGetProperty("error", out var error) ? error.GetString() : $"{(int)response.StatusCode}");
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.ServiceDefaults;

/// <summary>The plumbing every PromoMonth host shares: telemetry, health, discovery, resilience, problem details, OpenAPI.</summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        // Polly logs every attempt at Information; an operator needs only retries and failures.
        builder.Logging.AddFilter("Polly", Microsoft.Extensions.Logging.LogLevel.Warning);
        builder.AddDefaultHealthChecks();
        builder.AddApiConventions();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, Security.SecurityHeadersStartupFilter>();
        // Requests arrive through the gateway (loopback here, a known proxy elsewhere): links use the caller's address.
        builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost);
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapOperatorCommands();
        return app;
    }
}

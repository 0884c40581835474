using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database, pooled, snake_case, with the domain-event and outbox wake-up interceptors, enriched with
    /// Aspire's health check and telemetry. EF's retrying strategy is off: services use explicit transactions.
    /// </summary>
    public static TBuilder AddServiceDatabase<TBuilder, TDbContext>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not set; the AppHost provides it.");

        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxSignalInterceptor>();
        builder.Services.TryAddSingleton<DomainEventsInterceptor>();
        builder.Services.TryAddSingleton<ExpectedCommandFailures>();
        // Order matters: domain events become outbox rows first, then the signal sees those rows.
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            // MinBatchSize 1: a save of several rows is always one batch, which SingleRoundTripSave relies on.
            .UseNpgsql(connectionString, npgsql => npgsql.MinBatchSize(1))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(
                services.GetRequiredService<DomainEventsInterceptor>(), services.GetRequiredService<OutboxSignalInterceptor>(),
                services.GetRequiredService<ExpectedCommandFailures>())
            // EF's own Error for every failed command and save: ExpectedCommandFailures logs each at its true level,
            // and what the callers cannot handle is logged where the request or the job ends.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug))));
        builder.EnrichNpgsqlDbContext<TDbContext>(settings => settings.DisableRetry = true);
        return builder;
    }

    /// <summary>Applies pending migrations before the service takes traffic; retries while the server is still starting.</summary>
    public static async Task MigrateDatabaseAsync<TDbContext>(this WebApplication app) where TDbContext : DbContext
    {
        var retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(),
                MaxRetryAttempts = 8,
                Delay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
            })
            .Build();
        await retry.ExecuteAsync(async cancellationToken =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            // A new database has no history table, and EF reads it before creating it: the failed read was an Error on
            // every first start. EF's own script creates the table first, if it is missing.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Database of {Context} is up to date", typeof(TDbContext).Name);
    }
}

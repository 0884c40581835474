using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PromoMonth.AppHost;

/// <summary>
/// A service's own verdict on the dashboard: its <c>/health</c> answers Healthy, Degraded (200, e.g. its events wait
/// for the broker) or Unhealthy (503). An HTTP check sees only the status code, so a Degraded service showed Healthy;
/// this check reads the verdict, and the resource list shows Degraded.
/// </summary>
internal static class ServiceHealthCheck
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static IResourceBuilder<ProjectResource> WithServiceHealthCheck(this IResourceBuilder<ProjectResource> service)
    {
        var endpoint = service.GetEndpoint("http");
        var name = $"{service.Resource.Name}_service_health";
        service.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(name, async cancellationToken =>
        {
            try
            {
                using var answer = await Http.GetAsync(new Uri(new Uri(endpoint.Url), "/health"), cancellationToken);
                var verdict = await answer.Content.ReadAsStringAsync(cancellationToken);
                return verdict switch
                {
                    "Healthy" => HealthCheckResult.Healthy(),
                    "Degraded" => HealthCheckResult.Degraded("The service reports itself Degraded: see its messaging gauges"),
                    _ => HealthCheckResult.Unhealthy($"/health answered {(int)answer.StatusCode} {verdict}"),
                };
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return HealthCheckResult.Unhealthy($"/health did not answer: {ex.Message}");
            }
        });
        return service.WithHealthCheck(name);
    }
}

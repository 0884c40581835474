using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.ServiceDefaults.Gauges;

public static class GaugeExtensions
{
    /// <summary>A job that samples the service's business figures into <see cref="BusinessGauges"/> (Telemetry:Gauges:Interval).</summary>
    public static IServiceCollection AddBusinessGauges<TWatch>(this IServiceCollection services) where TWatch : BackgroundWatch
    {
        services.AddOptions<GaugeOptions>().BindConfiguration("Telemetry:Gauges");
        services.TryAddSingleton<BusinessGauges>();
        services.TryAddSingleton<GaugeWatchContext>();
        return services.AddBackgroundWatch<TWatch>();
    }
}

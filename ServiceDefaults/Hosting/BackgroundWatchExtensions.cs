using Microsoft.Extensions.DependencyInjection;

namespace PromoMonth.ServiceDefaults.Hosting;

public static class BackgroundWatchExtensions
{
    /// <summary>Runs the watch in the background and lets operator commands and tests call its pass directly.</summary>
    public static IServiceCollection AddBackgroundWatch<TWatch>(this IServiceCollection services) where TWatch : BackgroundWatch
    {
        services.AddSingleton<TWatch>();
        services.AddHostedService(provider => provider.GetRequiredService<TWatch>());
        return services;
    }
}

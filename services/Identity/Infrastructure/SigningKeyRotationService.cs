namespace PromoMonth.Identity.Infrastructure;

/// <summary>Runs the rotation pass on every replica at Identity:SigningKeys:CheckInterval; the start-up pass runs before traffic.</summary>
internal sealed class SigningKeyRotationService(
    SigningKeyRotation rotation, Microsoft.Extensions.Options.IOptions<SigningKeyOptions> options, TimeProvider clock,
    ILogger<SigningKeyRotationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await rotation.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The keys in use stay in use; the next tick tries again.
                logger.LogError(e, "Signing key rotation pass failed");
            }
        }
    }
}

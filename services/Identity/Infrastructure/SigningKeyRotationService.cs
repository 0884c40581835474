using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.Identity.Infrastructure;

/// <summary>
/// Runs the rotation pass on every replica at Identity:SigningKeys:CheckInterval (the start-up pass runs before
/// traffic). As a background watch its passes are counted, not traced: a check that changes nothing leaves no trace.
/// </summary>
internal sealed class SigningKeyRotationService(
    SigningKeyRotation rotation, Microsoft.Extensions.Options.IOptions<SigningKeyOptions> options, TimeProvider clock,
    ILogger<SigningKeyRotationService> logger) : BackgroundWatch(clock, logger)
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override string Job => "signing key rotation";

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => rotation.RunOnceAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>
/// Runs the rotation pass on every replica at {section}:SigningKeys:CheckInterval (the start-up pass runs before
/// traffic). As a background watch its passes are counted, not traced: a check that changes nothing leaves no trace.
/// </summary>
internal sealed class SigningKeyRotationService<TContext>(
    SigningKeyRotation<TContext> rotation, IOptions<SigningKeyOptions> options, TimeProvider clock,
    ILogger<SigningKeyRotationService<TContext>> logger) : BackgroundWatch(clock, logger)
    where TContext : DbContext
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override string Job => "signing key rotation";

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => rotation.RunOnceAsync(cancellationToken);
}

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.Identity.Infrastructure;

/// <summary>
/// The keys this replica signs with and publishes, handed to OpenIddict; a change (a rotation, a retirement, another
/// replica's new key) makes OpenIddict rebuild its options, so it takes effect without a restart.
/// </summary>
internal sealed class SigningKeyRing(IServiceProvider services)
    : ISigningKeyRing, IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>, IDisposable
{
    private readonly Lock _gate = new();
    private IReadOnlyList<SigningCredentials>? _credentials;
    private string _fingerprint = "";
    private CancellationTokenSource _changed = new();

    public string? Name => Options.DefaultName;

    /// <summary>The key ids, signer first, as published now.</summary>
    public IReadOnlyList<string> KeyIds => _credentials?.Select(c => c.Key.KeyId).ToList() ?? [];

    public IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    public void Configure(OpenIddictServerOptions options)
    {
        if (_credentials is null)
        {
            // Something asked for OpenIddict's options before the start-up pass: load the keys now.
            var rotation = services.GetRequiredService<SigningKeyRotation<IdentityDbContext>>();
            rotation.RunOnceAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        // OpenIddict signs with the first; the order is kept (it does not reorder plain RSA keys).
        options.SigningCredentials.AddRange(_credentials!);
    }

    /// <summary>Replaces the keys when the set or the signer changed; the signer comes first.</summary>
    public bool Update(IReadOnlyList<SigningCredentials> credentials)
    {
        var fingerprint = string.Join(",", credentials.Select(c => c.Key.KeyId));
        CancellationTokenSource previous;
        lock (_gate)
        {
            if (fingerprint == _fingerprint)
            {
                return false;
            }
            _credentials = credentials;
            _fingerprint = fingerprint;
            previous = _changed;
            _changed = new CancellationTokenSource();
        }
        // Not disposed: a reader may still be taking its token; OpenIddict's options monitor asks for the new one.
        previous.Cancel();
        return true;
    }

    public void Dispose() => _changed.Dispose();
}

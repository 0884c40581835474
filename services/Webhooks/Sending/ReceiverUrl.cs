using System.Net;
using System.Net.Sockets;

namespace PromoMonth.Webhooks.Sending;

/// <summary>
/// Checks a subscription's URL when it is registered: absolute https (plain http only to an allowed loopback receiver),
/// no credentials in it, and every address its host resolves to public. Each delivery checks the address again when it
/// connects (<see cref="GuardedConnection"/>), since a name can be pointed elsewhere after registration.
/// </summary>
public sealed class ReceiverUrl(ReceiverPolicy policy)
{
    public const int MaxLength = 2048;

    /// <summary>The URL, or the reason it is refused, in words for the partner.</summary>
    public async Task<(Uri? Url, string? Refusal)> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (url.Length > MaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return (null, $"url is an absolute https URL of at most {MaxLength} characters.");
        }
        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return (null, "url carries no user name, password or fragment; the signature proves the sender.");
        }
        var loopback = uri.IsLoopback;
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && loopback && policy.AllowLoopback))
        {
            return (null, "url uses https.");
        }
        var addresses = await ResolveAsync(uri, cancellationToken);
        if (addresses.Length == 0)
        {
            return (null, $"url's host {uri.IdnHost} does not resolve.");
        }
        return addresses.All(address => ReceiverAddresses.IsAllowed(address, policy.AllowLoopback))
            ? (uri, null)
            : (null, $"url's host {uri.IdnHost} is a private, loopback or link-local address; webhooks go to public addresses only.");
    }

    private static async Task<IPAddress[]> ResolveAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal))
        {
            return [literal];
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            return await Dns.GetHostAddressesAsync(uri.IdnHost, timeout.Token);
        }
        catch (Exception exception)
            when (exception is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }
}

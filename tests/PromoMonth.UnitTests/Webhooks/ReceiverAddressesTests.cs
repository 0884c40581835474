using System.Net;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.UnitTests.Webhooks;

public sealed class ReceiverAddressesTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("127.0.0.1")]
    public void Private_loopback_and_link_local_addresses_are_refused(string address) =>
        Assert.False(ReceiverAddresses.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("223.5.5.5")]
    [InlineData("114.114.114.114")]
    [InlineData("2400:3200::1")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(ReceiverAddresses.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Fact]
    public void Loopback_is_allowed_only_when_the_tests_receivers_are_and_private_ranges_never()
    {
        Assert.True(ReceiverAddresses.IsAllowed(IPAddress.Loopback, allowLoopback: true));
        Assert.True(ReceiverAddresses.IsAllowed(IPAddress.IPv6Loopback, allowLoopback: true));
        Assert.False(ReceiverAddresses.IsAllowed(IPAddress.Parse("10.0.0.1"), allowLoopback: true));
    }

    [Theory]
    [InlineData("http://223.5.5.5/hooks", "https")]
    [InlineData("https://user:pw@223.5.5.5/hooks", "user name")]
    [InlineData("https://10.0.0.1/hooks", "private")]
    [InlineData("https://[::ffff:192.168.1.1]/hooks", "private")]
    [InlineData("http://127.0.0.1:5000/hooks", "https")]
    [InlineData("not a url", "absolute")]
    public async Task A_url_is_refused_with_a_reason_before_any_delivery(string url, string reason)
    {
        var (accepted, refusal) = await new ReceiverUrl(new ReceiverPolicy(AllowLoopback: false)).CheckAsync(url, CancellationToken.None);

        Assert.Null(accepted);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_receiver_on_plain_http_is_accepted_only_under_the_development_policy()
    {
        var (accepted, refusal) = await new ReceiverUrl(new ReceiverPolicy(AllowLoopback: true))
            .CheckAsync("http://127.0.0.1:5000/hooks", CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal("http://127.0.0.1:5000/hooks", accepted!.AbsoluteUri);
    }
}

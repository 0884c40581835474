namespace PromoMonth.IntegrationTests.Infrastructure;

public sealed class ListeningPortsTests
{
    [Fact]
    public void A_port_for_a_server_is_never_one_an_outgoing_connection_can_take()
    {
        var ports = Enumerable.Range(0, 200).Select(_ => ListeningPorts.Next()).ToList();

        var (low, high) = ListeningPorts.EphemeralRange;
        Assert.All(ports, port => Assert.False(port >= low && port <= high, $"{port} is in the ephemeral range {low}-{high}"));
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }
}

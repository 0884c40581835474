using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.UnitTests.Messaging;

public sealed class RelayBackoffTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0.5)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(6, 16)]
    [InlineData(7, 30)]
    [InlineData(1000, 30)]
    public void Doubles_from_half_a_second_up_to_the_cap(int attempts, double expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RelayBackoff.After(attempts, Cap));
}

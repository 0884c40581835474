using Microsoft.Extensions.Configuration;
using PromoMonth.Licensing.Apis;

namespace PromoMonth.UnitTests.Licensing;

public sealed class BenchmarkPeerTests
{
    [Theory]
    [InlineData(true, "true", true)]
    [InlineData(true, null, false)]
    [InlineData(true, "false", false)]
    [InlineData(false, "true", false)]
    public void The_constant_peer_exists_only_in_the_benchmarks_build_with_its_switch(bool inThisBuild, string? value, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(value is null ? [] : [new KeyValuePair<string, string?>(BenchmarkPeerApi.Switch, value)])
            .Build();

        Assert.Equal(expected, BenchmarkPeerApi.IsEnabled(inThisBuild, configuration));
    }

    [Fact]
    public void A_build_made_without_the_benchmarks_property_has_no_constant_peer()
    {
        Assert.False(BenchmarkPeerApi.InThisBuild);
    }
}

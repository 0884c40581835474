using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using PromoMonth.Licensing.Apis;

namespace PromoMonth.UnitTests.Licensing;

public sealed class BenchmarkPeerTests
{
    [Theory]
    [InlineData("Development", "true", true)]
    [InlineData("Development", null, false)]
    [InlineData("Development", "false", false)]
    [InlineData("Production", "true", false)]
    [InlineData("Staging", "true", false)]
    public void The_constant_peer_exists_only_in_Development_with_the_benchmarks_switch(string environment, string? value, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(value is null ? [] : [new KeyValuePair<string, string?>(BenchmarkPeerApi.Switch, value)])
            .Build();

        Assert.Equal(expected, BenchmarkPeerApi.IsEnabled(new Environment(environment), configuration));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "licensing";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

using System.Net;

namespace PromoMonth.EndToEndTests;

[Collection(SystemCollection.Name)]
public sealed class SystemStartTests(SystemFixture system)
{
    [Fact]
    public async Task Every_resource_is_healthy_and_every_service_reports_its_dependencies_healthy()
    {
        foreach (var service in new[] { "identity", "registry", "licensing", "statistics", "complaints", "webhooks", "gateway" })
        {
            using var client = system.App.CreateHttpClient(service);
            using var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        }
        Assert.True(system.TimeToHealthy > TimeSpan.Zero);
    }
}

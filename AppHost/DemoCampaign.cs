using Microsoft.Extensions.Hosting;

namespace PromoMonth.AppHost;

internal static class DemoCampaign
{
    /// <summary>
    /// The data generator as a resource that never starts by itself: the operator presses Start on "demo-campaign" in
    /// the dashboard and follows its progress in its console log. Development only: it signs in with the documented
    /// development secrets. A 2020-sized campaign is <c>./generate.sh</c> (README, "Demo data").
    /// </summary>
    public static void AddDemoCampaign(this IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithEndpoints> gateway)
    {
        if (!builder.Environment.IsDevelopment())
        {
            return;
        }
        builder.AddProject<Projects.PromoMonth_DataGenerator>("demo-campaign")
            .WithArgs("--gateway", gateway.GetEndpoint("http"), "--enterprises", "300", "--activities", "120", "--releases", "1")
            .WithExplicitStart()
            .WaitFor(gateway);
    }
}

using System.Net;

namespace PromoMonth.EndToEndTests;

[Collection(SystemCollection.Name)]
public sealed class RateLimitTests(SystemFixture system)
{
    [Fact]
    public async Task A_client_past_its_bucket_gets_429_with_Retry_After_and_others_are_unaffected()
    {
        // The fixture gives this client a bucket of 3, refilled by 1 a minute.
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var probe = await ClientAdministration.CreateAsync(system.Gateway, ministry, "hotline", null, ["complaints.intake"],
            clientId: SystemFixture.ThrottledClient);
        var throttled = (await Tokens.RequestAsync(system.Gateway, probe.ClientId, probe.Secret)).AccessToken;
        var other = await Tokens.ForAsync(system.Gateway, "hotline-12315");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var response = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/respondents/91310000MA1FL1234Q", throttled);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            Assert.True(statuses.Count(s => s != HttpStatusCode.TooManyRequests) <= 3, string.Join(",", statuses));
            Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        using var unaffected = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/respondents/91310000MA1FL1234Q", other);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, unaffected.StatusCode);
    }
}

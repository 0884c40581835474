using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>gateway → service → database → outbox → RabbitMQ → a consumer in other services, on the real system.</summary>
[Collection(SystemCollection.Name)]
public sealed class EventChainTests(SystemFixture system)
{
    [Fact]
    public async Task An_enterprise_registered_through_the_gateway_reaches_licensing_and_complaints()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-440300");
        var registration = new
        {
            creditCode = CreditCodes.Fresh("440300"),
            name = "深圳华润万家",
            regionCode = "440300",
            industry = "retail",
        };

        using var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit, registration);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.Contains("X-Correlation-Id"));
        var enterpriseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        string[] readModels =
            [$"/api/licensing/enterprises/{registration.creditCode}", $"/api/complaints/respondents/{registration.creditCode}"];
        foreach (var readModel in readModels)
        {
            var known = await EventuallyOkAsync(readModel, unit);
            Assert.Equal(enterpriseId, known.GetProperty("enterpriseId").GetString());
            Assert.Equal("440300", known.GetProperty("regionCode").GetString());
        }
    }

    [Fact]
    public async Task A_retried_registration_gets_the_first_answer_and_a_different_one_gets_409()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-110000");
        var registration = new { creditCode = CreditCodes.Fresh("110105"), name = "北京朝阳合生汇", regionCode = "110000" };

        using var first = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit, registration);
        using var retry = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit, registration);
        using var conflicting = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit,
            registration with { name = "另一家企业" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(firstId, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, conflicting.StatusCode);
        Assert.Equal("application/problem+json", conflicting.Content.Headers.ContentType?.MediaType);
        Assert.Equal(firstId, (await conflicting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("existingId").GetString());
    }

    [Fact]
    public async Task A_bad_credit_code_gets_a_422_naming_the_field_and_changes_nothing()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var code = CreditCodes.Fresh("350200");
        var wrongCheck = code[..17] + (code[17] == 'A' ? 'B' : 'A');

        using var rejected = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", ministry,
            new { creditCode = wrongCheck, name = "厦门某企业", regionCode = "350200" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        var problem = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("check symbol", problem.GetProperty("errors").GetProperty("creditCode")[0].GetString(), StringComparison.Ordinal);
        using var lookup = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/licensing/enterprises/{wrongCheck}", ministry);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task The_gateway_serves_every_services_OpenAPI_document_and_the_docs_page_anonymously()
    {
        foreach (var service in new[] { "registry", "licensing", "statistics", "complaints", "webhooks", "identity" })
        {
            using var document = await system.Gateway.GetAsync($"/openapi/{service}.json");
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.True((await document.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("paths", out _));
        }
        using var docs = await system.Gateway.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_at_the_gateway_with_413()
    {
        using var body = new ByteArrayContent(new byte[11 * 1024 * 1024]);
        body.Headers.ContentType = new("application/json");
        // A well-behaved client asks first (Expect: 100-continue), so the refusal arrives before 11 MB are sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/enterprises") { Content = body };
        request.Headers.ExpectContinue = true;

        using var response = await system.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Until the event arrives the read model answers 404; anything else is a failure, not a wait.</summary>
    private async Task<JsonElement> EventuallyOkAsync(string path, string token) =>
        await Eventually.FoundAsync<JsonElement>(
            async () =>
            {
                using var response = await system.Gateway.SendAsync(HttpMethod.Get, path, token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return await response.Content.ReadFromJsonAsync<JsonElement>();
                }
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                return null;
            },
            $"GET {path} to answer 200");
}

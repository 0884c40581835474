using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// A unit registers only enterprises whose credit code was issued in its own region; the ministry may register one
/// elsewhere and that is recorded; a 409 for a code another region holds gives away nothing of that region's record.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class CrossRegionClaimTests(SystemFixture system)
{
    private const string Beijing = "110000";
    private const string Shanghai = "310000";

    [Fact]
    public async Task A_unit_cannot_claim_another_regions_enterprise_and_the_ministrys_out_of_region_registration_is_recorded()
    {
        var gateway = system.Gateway;
        var beijing = await Tokens.ForAsync(gateway, $"unit-{Beijing}");
        var shanghai = await Tokens.ForAsync(gateway, $"unit-{Shanghai}");
        var ministry = await Tokens.ForAsync(gateway, "ministry");

        // The finding: Beijing registering a code issued in Shanghai, under its own region code.
        var shanghaiCode = CreditCodes.Fresh(Shanghai);
        using (var claimed = await gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", beijing,
            new { creditCode = shanghaiCode, name = "上海某百货（北京冒领）", regionCode = Beijing }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, claimed.StatusCode);
            var problem = await claimed.Content.ReadFromJsonAsync<JsonElement>();
            var message = problem.GetProperty("errors").GetProperty("creditCode")[0].GetString();
            Assert.Contains(Shanghai, message, StringComparison.Ordinal);
        }
        // Shanghai is not locked out: the code is still free for its own unit.
        using (var own = await gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", shanghai,
            new { creditCode = shanghaiCode, name = "上海某百货", regionCode = Shanghai }))
        {
            Assert.Equal(HttpStatusCode.Created, own.StatusCode);
            Assert.False((await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registeredOutOfRegion").GetBoolean());
        }

        // The ministry registers a Shanghai-issued code in Beijing (the enterprise moved): accepted and recorded.
        var movedCode = CreditCodes.Fresh(Shanghai);
        const string reason = "企业已迁至北京经营";
        string movedId;
        using (var moved = await gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", ministry,
            new { creditCode = movedCode, name = "迁京企业", regionCode = Beijing, outOfRegionReason = reason }))
        {
            Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
            movedId = (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }
        foreach (var reader in new[] { ministry, beijing })
        {
            using var view = await gateway.SendAsync(HttpMethod.Get, $"/api/registry/enterprises/{movedId}", reader);
            Assert.Equal(HttpStatusCode.OK, view.StatusCode);
            var body = await view.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(body.GetProperty("registeredOutOfRegion").GetBoolean());
            var audit = body.GetProperty("outOfRegion");
            Assert.Equal("ministry", audit.GetProperty("registeredBy").GetString());
            Assert.Equal(Shanghai, audit.GetProperty("authorityRegion").GetString());
            Assert.Equal(reason, audit.GetProperty("reason").GetString());
        }

        // Shanghai now tries the code its own authority issued: 409, without Beijing's record id or region.
        using (var clash = await gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", shanghai,
            new { creditCode = movedCode, name = "迁京企业", regionCode = Shanghai }))
        {
            Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
            var text = await clash.Content.ReadAsStringAsync();
            Assert.DoesNotContain(movedId, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("existingId", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Beijing, text, StringComparison.Ordinal);
        }
        // The ministry may see every record, so its 409 still points at it.
        using (var ministryClash = await gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", ministry,
            new { creditCode = movedCode, name = "另一个名字", regionCode = Beijing }))
        {
            Assert.Equal(HttpStatusCode.Conflict, ministryClash.StatusCode);
            Assert.Equal(movedId, (await ministryClash.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("existingId").GetString());
        }
    }
}

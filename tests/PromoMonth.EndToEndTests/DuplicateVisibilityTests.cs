using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// Possible duplicates name only cases the reader may see: a hotline its own, the responsible unit all of its region's,
/// the ministry all; another hotline's case id never reaches a hotline through the flag.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class DuplicateVisibilityTests(SystemFixture system)
{
    private const string Jiangsu = "320000";

    [Fact]
    public async Task A_hotline_sees_only_its_own_cases_among_possible_duplicates_and_the_handler_sees_them_all()
    {
        var gateway = system.Gateway;
        var national = await Tokens.ForAsync(gateway, "hotline-12315");
        var local = await Tokens.ForAsync(gateway, "hotline-12345-shanghai");
        var handler = await Tokens.ForAsync(gateway, $"unit-{Jiangsu}");
        var ministry = await Tokens.ForAsync(gateway, "ministry");
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await PostAsync(national, phone);
        var other = await PostAsync(local, phone);
        var third = await PostAsync(national, phone);

        // The finding: the second hotline's answer named the first hotline's case.
        Assert.Empty(Duplicates(other));
        Assert.Equal([Id(first)], Duplicates(third));
        Assert.Empty(Duplicates(await ReadAsync(local, $"/api/complaints/cases/{Id(other)}")));
        Assert.Equal([Id(first)], Duplicates(await ReadAsync(national, $"/api/complaints/cases/{Id(third)}")));
        var localList = await ReadAsync(local, "/api/complaints/cases?pageSize=100&category=price");
        Assert.DoesNotContain(Id(first), localList.GetRawText(), StringComparison.Ordinal);
        using (var export = await gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases/export.csv", local))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            var text = await export.Content.ReadAsStringAsync();
            Assert.Contains(Id(other), text, StringComparison.Ordinal);
            Assert.DoesNotContain(Id(first), text, StringComparison.Ordinal);
        }

        // Those who handle the cases see every linked case of the region.
        foreach (var reader in new[] { handler, ministry })
        {
            var seen = Duplicates(await ReadAsync(reader, $"/api/complaints/cases/{Id(third)}"));
            Assert.Equal(new[] { Id(first), Id(other) }.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        }
    }

    private async Task<JsonElement> PostAsync(string hotline, string phone)
    {
        using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, new
        {
            hotlineReference = $"dup-{Guid.NewGuid():N}"[..24],
            channel = "phone",
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            kind = "complaint",
            category = "price",
            complainant = new { name = "赵敏", phone, address = "南京市玄武区某路5号" },
            respondent = new { name = "南京某超市", address = "南京市某路6号", regionCode = Jiangsu },
            description = "同一商品多次被重复收费。",
            amountInvolved = 58.00m,
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return await posted.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> ReadAsync(string token, string path)
    {
        using var response = await system.Gateway.SendAsync(HttpMethod.Get, path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Id(JsonElement complaint) => complaint.GetProperty("id").GetString()!;

    private static string[] Duplicates(JsonElement complaint) =>
        [.. complaint.GetProperty("possibleDuplicates").EnumerateArray().Select(d => d.GetString()!)];
}

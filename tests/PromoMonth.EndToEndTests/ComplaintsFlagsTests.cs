using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>What intake flags for the handler (possible duplicates, possible misuse of the mark), counts and exports.</summary>
[Collection(SystemCollection.Name)]
public sealed class ComplaintsFlagsTests(SystemFixture system)
{
    private const string Jiangsu = "320000";

    [Fact]
    public async Task The_same_phone_respondent_and_category_are_linked_as_possible_duplicates_never_merged()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var phone = FreshPhone();

        var first = await PostAsync(hotline, Case(phone, "price"));
        var second = await PostAsync(hotline, Case(phone, "price"));
        var otherCategory = await PostAsync(hotline, Case(phone, "quality"));

        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Empty(first.GetProperty("possibleDuplicates").EnumerateArray());
        Assert.Equal(
            [first.GetProperty("id").GetString()],
            second.GetProperty("possibleDuplicates").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(otherCategory.GetProperty("possibleDuplicates").EnumerateArray());
    }

    [Fact]
    public async Task A_campaign_complaint_about_a_registered_respondent_without_a_licence_is_flagged_as_possible_mark_misuse()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Jiangsu}");
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var creditCode = CreditCodes.Fresh(Jiangsu);
        using var registered = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit,
            new { creditCode, name = "南京某商贸公司", regionCode = Jiangsu });
        var enterpriseId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await Eventually.HoldsAsync(
            async () =>
            {
                using var known = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/complaints/respondents/{creditCode}", unit);
                return known.StatusCode;
            },
            status => status == HttpStatusCode.OK,
            "complaints to know the registered respondent");

        var unlicensed = await PostAsync(hotline, Case(FreshPhone(), "markMisuse", creditCode));
        Assert.True(unlicensed.GetProperty("possibleMarkMisuse").GetBoolean());
        var notAboutTheCampaign = await PostAsync(hotline, Case(FreshPhone(), "price", creditCode));
        Assert.False(notAboutTheCampaign.GetProperty("possibleMarkMisuse").GetBoolean());

        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", unit,
            new
            {
                safety = true,
                integrity = true,
                selfDiscipline = true,
                signatory = "李华",
                signatoryTitle = "总经理",
                signedOn = "2020-09-01",
            })).Dispose();
        await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
                new { licenseeKind = "enterprise", licenseeId = enterpriseId }),
            answer => answer.Status == HttpStatusCode.Created,
            "licensing to grant the committed enterprise a license");
        // Once licensing's grant reaches the complaints service, the same kind of complaint is no longer flagged.
        await Eventually.HoldsAsync(
            async () => (await PostAsync(hotline, Case(FreshPhone(), "markMisuse", creditCode))).GetProperty("possibleMarkMisuse"),
            flag => !flag.GetBoolean(),
            "a mark-misuse complaint about the licensed enterprise to be no longer flagged");
    }

    [Fact]
    public async Task The_ministry_counts_per_unit_and_category_and_exports_in_full_while_a_hotlines_export_is_masked()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var phone = FreshPhone();
        await PostAsync(hotline, Case(phone, "falseAdvertising"));

        using var counts = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/counts", ministry);
        var rows = (await counts.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var row = rows.Single(r =>
            r.GetProperty("regionCode").GetString() == Jiangsu && r.GetProperty("category").GetString() == "falseAdvertising");
        Assert.True(row.GetProperty("received").GetInt32() >= 1);
        var zhejiang = await Tokens.ForAsync(system.Gateway, "unit-330000");
        using var ownCounts = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/counts", zhejiang);
        Assert.All(
            (await ownCounts.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(),
            r => Assert.Equal("330000", r.GetProperty("regionCode").GetString()));

        using var full = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases/export.csv", ministry);
        Assert.Equal("text/csv", full.Content.Headers.ContentType?.MediaType);
        Assert.Contains(phone, await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var masked = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases/export.csv", hotline);
        var hotlineExport = await masked.Content.ReadAsStringAsync();
        Assert.DoesNotContain(phone, hotlineExport, StringComparison.Ordinal);
        Assert.Contains($"{phone[..3]}****{phone[^4..]}", hotlineExport, StringComparison.Ordinal);
    }

    private async Task<JsonElement> PostAsync(string hotline, object body)
    {
        using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, body);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return await posted.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string FreshPhone() =>
        "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static object Case(string phone, string category, string? creditCode = null) => new
    {
        hotlineReference = $"12315-{Guid.NewGuid():N}"[..24],
        channel = "phone",
        receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
        kind = "complaint",
        category,
        complainant = new { name = "张伟", phone, address = "南京市鼓楼区某路3号" },
        respondent = new { name = "南京某商贸公司", creditCode, address = "南京市某路4号", regionCode = Jiangsu },
        description = "促销活动中的商品与宣传不符。",
        amountInvolved = 99.00m,
    };
}

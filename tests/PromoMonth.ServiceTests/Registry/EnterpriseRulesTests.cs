using System.Net;
using System.Net.Http.Headers;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Registry.RegistryRequests;

namespace PromoMonth.ServiceTests.Registry;

/// <summary>Key enterprises: the credit-code checks, one registration per code and campaign, regions, the commitment letter.</summary>
[Collection(ServersCollection.Name)]
public sealed class EnterpriseRulesTests(ServersFixture servers)
{
    private const string Beijing = "110000";

    private Task<ServiceHost<RegistryDbContext>> ServiceAsync() => servers.ServiceAsync<RegistryDbContext>("registry-db");

    [Fact]
    public async Task A_registration_is_a_201_that_writes_EnterpriseRegistered()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        var code = FreshCreditCode(Shanghai);

        var created = await unit.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Enterprises, Enterprise(Shanghai, code));

        Assert.Equal(code, created.GetProperty("creditCode").GetString());
        Assert.False(created.GetProperty("registeredOutOfRegion").GetBoolean());
        Assert.Equal(["EnterpriseRegistered"], await service.OutboxAboutAsync(code));
    }

    [Fact]
    public async Task Wrong_fields_are_a_422_naming_each()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));

        var problem = await unit.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, Enterprises,
            new { creditCode = "91310000MA1FL1234R", name = " ", regionCode = "710000", industry = new string('x', 101) });

        Assert.Equal(["creditCode", "industry", "name", "regionCode"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_unit_cannot_claim_a_code_issued_in_another_region_but_the_ministry_may_and_it_is_recorded()
    {
        var service = await ServiceAsync();
        using var beijing = service.ClientAs(TestClient.Unit(Beijing, Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        var shanghaiCode = FreshCreditCode(Shanghai);

        var claimed = await beijing.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, Enterprises,
            Enterprise(Beijing, shanghaiCode));
        Assert.Contains(Shanghai, claimed.GetProperty("errors").GetProperty("creditCode")[0].GetString(), StringComparison.Ordinal);

        var moved = await ministry.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Enterprises,
            new
            {
                creditCode = shanghaiCode, name = "迁京企业", regionCode = Beijing, outOfRegionReason = " 企业已迁至北京经营 ",
            });
        var audit = moved.GetProperty("outOfRegion");
        Assert.Equal("ministry", audit.GetProperty("registeredBy").GetString());
        Assert.Equal(Shanghai, audit.GetProperty("authorityRegion").GetString());
        Assert.Equal("企业已迁至北京经营", audit.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_unit_registering_for_another_region_is_a_403()
    {
        var service = await ServiceAsync();
        using var other = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));

        var problem = await other.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, Enterprises, Enterprise(Shanghai));

        Assert.Equal("A reporting unit acts for its own region only.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_same_registration_again_is_the_first_answer_and_a_different_one_is_a_409()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        var code = FreshCreditCode(Shanghai);
        var first = await unit.CreateAsync(Enterprises, Enterprise(Shanghai, code));

        var again = await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, Enterprises, Enterprise(Shanghai, code));
        var clash = await unit.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, Enterprises,
            Enterprise(Shanghai, code, "另一个名字"));

        Assert.Equal(first, again.GetProperty("id").GetGuid());
        Assert.Equal("This credit code is already registered.", clash.GetProperty("title").GetString());
        Assert.Equal(first, clash.GetProperty("existingId").GetGuid());
        Assert.Equal(["EnterpriseRegistered"], await service.OutboxAboutAsync(code));
    }

    [Fact]
    public async Task A_409_for_a_code_another_region_holds_gives_nothing_of_that_record_away()
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        using var shanghai = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        var code = FreshCreditCode(Shanghai);
        var held = await ministry.CreateAsync(Enterprises, new { creditCode = code, name = "迁京企业", regionCode = Beijing });

        var (status, clash) = await shanghai.SendAsync(HttpMethod.Post, Enterprises, Enterprise(Shanghai, code, "迁京企业"));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.DoesNotContain(held.ToString(), clash.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(clash.TryGetProperty("existingId", out _));
        Assert.DoesNotContain(Beijing, clash.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commitment_letter_needs_all_three_pledges_and_writes_CommitmentSigned()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var other = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));
        var id = await unit.CreateAsync(Enterprises, Enterprise(Shanghai));
        var path = $"{Enterprises}/{id}/commitment";

        var missing = await unit.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, path, Commitment(integrity: false));
        Assert.Equal(["integrity"], missing.ErrorFields());
        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, path, Commitment());
        await unit.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Enterprises}/{Guid.NewGuid()}/commitment", new { });
        var signed = await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, path, Commitment());

        Assert.Equal("王伟", signed.GetProperty("commitment").GetProperty("signatory").GetString());
        Assert.Equal(["EnterpriseRegistered", "CommitmentSigned"], await service.OutboxAboutAsync(id.ToString()));
    }

    [Fact]
    public async Task A_scan_is_refused_before_the_letter_is_signed_and_its_type_is_read_from_the_bytes()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        var id = await unit.CreateAsync(Enterprises, Enterprise(Shanghai));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        using (var early = await UploadAsync(unit, id, "image/png", png))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("Sign the commitment letter before attaching its scanned copy.", await early.Content.ReadAsStringAsync(),
                StringComparison.Ordinal);
        }
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Enterprises}/{id}/commitment", Commitment());
        using (var fake = await UploadAsync(unit, id, "application/pdf", "not really a pdf"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, fake.StatusCode);
        }
        using (var scan = await UploadAsync(unit, id, "application/octet-stream", png))
        {
            Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        }
        using var download = await unit.GetAsync($"{Enterprises}/{id}/commitment/document");
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_regions_enterprise_is_a_404_and_a_list_page_below_one_a_400()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var other = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));
        var id = await unit.CreateAsync(Enterprises, Enterprise(Shanghai));

        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{Enterprises}/{id}");
        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{Enterprises}/{id}/commitment/document");
        var paging = await unit.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Enterprises}?pageSize=0");
        Assert.Contains("pageSize", paging.ErrorFields());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, Guid id, string contentType, byte[] content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Enterprises}/{id}/commitment/document")
        {
            Content = new ByteArrayContent(content),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await http.SendAsync(request);
    }
}

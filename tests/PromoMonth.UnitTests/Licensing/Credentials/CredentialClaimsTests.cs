using System.Text.Json.Nodes;
using PromoMonth.Licensing.Credentials;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.UnitTests.Licensing.Credentials;

public sealed class CredentialClaimsTests
{
    private static readonly CredentialAddresses Addresses = new("https://promo.example.gov.cn/");
    private static readonly DateTimeOffset From = new(2020, 9, 10, 1, 2, 3, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2020, 11, 7, 15, 59, 59, TimeSpan.Zero);

    [Fact]
    public void A_licence_credential_is_a_data_model_2_credential_with_the_licence_and_both_status_entries()
    {
        var enterpriseId = Guid.NewGuid();
        var facts = new LicenceCredentialFacts("CPM2020-310000-00042", LicenseeKind.Enterprise, enterpriseId, "上海某电器有限公司",
            "91310000MA1FL0000X", "310000", new LicenseScope([], ["南京东路旗舰店"], ["百联官方商城"]), From, Until, null, 131_075);

        var vc = CredentialClaims.ForLicence(facts, Addresses, "中华人民共和国商务部");

        Assert.Equal("https://www.w3.org/ns/credentials/v2", vc["@context"]![0]!.GetValue<string>());
        Assert.Equal(["VerifiableCredential", "PromotionMarkLicence"], Strings(vc["type"]));
        Assert.Equal("https://promo.example.gov.cn/verify/CPM2020-310000-00042", vc["id"]!.GetValue<string>());
        Assert.Equal("https://promo.example.gov.cn/api/verify/issuer", vc["issuer"]!["id"]!.GetValue<string>());
        Assert.Equal("2020-09-10T01:02:03Z", vc["validFrom"]!.GetValue<string>());
        Assert.Equal("2020-11-07T15:59:59Z", vc["validUntil"]!.GetValue<string>());
        Assert.Equal(Until.ToUnixTimeSeconds(), vc["exp"]!.GetValue<long>());
        Assert.Equal(vc["issuer"]!["id"]!.GetValue<string>(), vc["iss"]!.GetValue<string>());
        var subject = vc["credentialSubject"]!;
        Assert.Equal($"urn:uuid:{enterpriseId}", subject["id"]!.GetValue<string>());
        Assert.Equal("CPM2020-310000-00042", subject["licenceNumber"]!.GetValue<string>());
        Assert.Equal("91310000MA1FL0000X", subject["licensee"]!["creditCode"]!.GetValue<string>());
        Assert.Equal("enterprise", subject["licensee"]!["kind"]!.GetValue<string>());
        Assert.Equal("310000", subject["region"]!.GetValue<string>());
        Assert.Equal(["南京东路旗舰店"], Strings(subject["usageScope"]!["venues"]));
        Assert.Equal("ministry", subject["issuingAuthority"]!["kind"]!.GetValue<string>());

        var entries = vc["credentialStatus"]!.AsArray();
        Assert.Equal(["revocation", "suspension"], entries.Select(e => e!["statusPurpose"]!.GetValue<string>()));
        Assert.All(entries, e =>
        {
            Assert.Equal("BitstringStatusListEntry", e!["type"]!.GetValue<string>());
            Assert.Equal("3", e["statusListIndex"]!.GetValue<string>());
            Assert.EndsWith("/1", e["statusListCredential"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal($"{e["statusListCredential"]!.GetValue<string>()}#3", e["id"]!.GetValue<string>());
        });
    }

    [Fact]
    public void A_licence_a_unit_granted_names_the_unit_as_the_party_the_ministry_signs_for()
    {
        var activityId = Guid.NewGuid();
        var facts = new LicenceCredentialFacts("CPM2020-440300-00001", LicenseeKind.Activity, activityId, "深圳购物节", null,
            "440300", new LicenseScope([activityId], [], []), From, Until, "440300", 0);

        var vc = CredentialClaims.ForLicence(facts, Addresses, "中华人民共和国商务部");

        var subject = vc["credentialSubject"]!;
        Assert.Equal("reportingUnit", subject["issuingAuthority"]!["kind"]!.GetValue<string>());
        Assert.Equal("440300", subject["issuingAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("深圳市", subject["issuingAuthority"]!["name"]!.GetValue<string>());
        Assert.Equal("中华人民共和国商务部", vc["issuer"]!["name"]!.GetValue<string>());
        Assert.Equal(activityId.ToString(), subject["licensee"]!["activityId"]!.GetValue<string>());
        Assert.Null(subject["licensee"]!["creditCode"]);
        Assert.Equal([activityId.ToString()], Strings(subject["usageScope"]!["activities"]));
    }

    [Fact]
    public void A_status_list_credential_carries_its_purpose_and_encoded_bits_under_its_own_address()
    {
        var bits = new StatusBitstring { [5] = true };

        var vc = CredentialClaims.ForStatusList(
            StatusPurpose.Suspension, 2, bits, Addresses, "中华人民共和国商务部", From, TimeSpan.FromMinutes(5));

        Assert.Equal("https://promo.example.gov.cn/api/verify/status/suspension/2", vc["id"]!.GetValue<string>());
        Assert.Equal(["VerifiableCredential", "BitstringStatusListCredential"], Strings(vc["type"]));
        var subject = vc["credentialSubject"]!;
        Assert.Equal("BitstringStatusList", subject["type"]!.GetValue<string>());
        Assert.Equal("suspension", subject["statusPurpose"]!.GetValue<string>());
        Assert.Equal(300_000, subject["ttl"]!.GetValue<long>());
        Assert.True(StatusBitstring.Decode(subject["encodedList"]!.GetValue<string>())![5]);
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];
}

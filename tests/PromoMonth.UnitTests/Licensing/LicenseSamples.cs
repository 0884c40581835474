using PromoMonth.Licensing.Domain;

namespace PromoMonth.UnitTests.Licensing;

/// <summary>Licensees and licences as licensing's read models would hold them.</summary>
internal static class LicenseSamples
{
    public static readonly DateOnly CampaignEnd = new(2020, 10, 8);

    public static LicensableActivity Activity(string region = "310000", bool cancelled = false, string? campaignCode = "2020") => new()
    {
        ActivityId = Guid.NewGuid(),
        CampaignId = Guid.NewGuid(),
        CampaignCode = campaignCode,
        CampaignEndsOn = campaignCode is null ? null : CampaignEnd,
        Title = "上海夜生活节",
        RegionCode = region,
        CityCode = "310100",
        Cancelled = cancelled,
    };

    public static LicensableEnterprise Enterprise(bool committed) => new()
    {
        EnterpriseId = Guid.NewGuid(),
        CampaignId = Guid.NewGuid(),
        CampaignCode = "2020",
        CampaignEndsOn = CampaignEnd,
        CreditCode = "91310000MA1FL0000X",
        Name = "上海某电器有限公司",
        RegionCode = "310000",
        HasCommitment = committed,
    };

    public static License Granted(DateTimeOffset now, DateTimeOffset validUntil) =>
        License.Grant("CPM2020-310000-00001", new LicenseTerms(Activity(), "2020", validUntil), ["南京路步行街"], [], "unit-310000", now);
}

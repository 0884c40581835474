using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Licensing;

/// <summary>
/// Licensees as the registry's events leave them in licensing's read models, written straight to the database so a
/// test does not wait for the broker.
/// </summary>
internal static class Licensees
{
    public static readonly DateOnly CampaignEnd = new(2020, 10, 8);

    public static async Task<LicensableActivity> ActivityAsync(
        ServiceHost<LicensingDbContext> service, string region, bool cancelled = false, string? campaignCode = "2020")
    {
        var activity = new LicensableActivity
        {
            ActivityId = Guid.NewGuid(),
            CampaignId = Guid.NewGuid(),
            CampaignCode = campaignCode,
            CampaignEndsOn = campaignCode is null ? null : DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
            Title = "上海夜生活节",
            RegionCode = region,
            CityCode = region[..4] + "00",
            StartsAt = DateTimeOffset.UtcNow.AddDays(1),
            EndsAt = DateTimeOffset.UtcNow.AddDays(2),
            Cancelled = cancelled,
        };
        await service.QueryAsync<LicensingDbContext, int>(db =>
        {
            db.LicensableActivities.Add(activity);
            return db.SaveChangesAsync();
        });
        return activity;
    }

    public static async Task<LicensableEnterprise> EnterpriseAsync(ServiceHost<LicensingDbContext> service, string region, bool committed)
    {
        var enterprise = new LicensableEnterprise
        {
            EnterpriseId = Guid.NewGuid(),
            CampaignId = Guid.NewGuid(),
            CampaignCode = "2020",
            CampaignEndsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
            CreditCode = $"91{region}{Guid.NewGuid():N}"[..18].ToUpperInvariant(),
            Name = "上海某电器有限公司",
            RegionCode = region,
            RegisteredAt = DateTimeOffset.UtcNow,
            HasCommitment = committed,
        };
        await service.QueryAsync<LicensingDbContext, int>(db =>
        {
            db.LicensableEnterprises.Add(enterprise);
            return db.SaveChangesAsync();
        });
        return enterprise;
    }

    /// <summary>A licence of a fresh activity of <paramref name="region"/>, granted by the ministry: its id and number.</summary>
    public static async Task<(Guid Id, string Number)> LicenseAsync(ServiceHost<LicensingDbContext> service, string region)
    {
        var activity = await ActivityAsync(service, region);
        using var http = service.ClientAs(TestClient.Ministry(Scopes.Licensing));
        using var response = await http.PostAsJsonAsync(
            "/api/licensing/licenses", new { licenseeKind = "activity", licenseeId = activity.ActivityId });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var license = JsonDocument.Parse(text).RootElement;
        return (license.GetProperty("id").GetGuid(), license.GetProperty("number").GetString() ?? "");
    }
}

using Microsoft.EntityFrameworkCore;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>
/// Human-readable, unique licence numbers: CPM&lt;campaign&gt;-&lt;unit code&gt;-&lt;serial&gt;, e.g. CPM2020-310000-00042.
/// </summary>
public static class LicenseNumbers
{
    /// <summary>Takes the next serial inside the caller's transaction: a rolled-back grant gives its number back.</summary>
    public static async Task<string> NextAsync(
        LicensingDbContext db, string campaignCode, string regionCode, CancellationToken cancellationToken)
    {
        var serial = await db.Database.SqlQuery<int>($"""
            INSERT INTO license_number_counters (campaign_code, region_code, last_serial) VALUES ({campaignCode}, {regionCode}, 1)
            ON CONFLICT (campaign_code, region_code) DO UPDATE SET last_serial = license_number_counters.last_serial + 1
            RETURNING last_serial AS "Value"
            """).ToListAsync(cancellationToken);
        return Format(campaignCode, regionCode, serial.Single());
    }

    public static string Format(string campaignCode, string regionCode, int serial) => $"CPM{campaignCode}-{regionCode}-{serial:D5}";
}

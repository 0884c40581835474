namespace PromoMonth.Licensing.Domain;

/// <summary>
/// A licence is valid from its grant to the end of the campaign's last day (Asia/Shanghai) plus a grace period, unless
/// the grantor asks for less; never beyond the maximum the ministry sets.
/// </summary>
public static class LicenseValidity
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset DefaultUntil(DateOnly campaignEndsOn, int graceDays) =>
        EndOfDay(campaignEndsOn.AddDays(graceDays));

    /// <summary>The validity end to use, or an error saying why the requested one is refused.</summary>
    public static (DateTimeOffset? Until, string? Error) Resolve(
        DateTimeOffset grantedAt, DateOnly campaignEndsOn, DateTimeOffset? requested, int graceDays, int maxDays)
    {
        var byDefault = DefaultUntil(campaignEndsOn, graceDays);
        var ceiling = grantedAt.AddDays(maxDays);
        var until = requested ?? byDefault;
        if (until <= grantedAt)
        {
            return (null, "The validity must end after the grant.");
        }
        if (requested is not null && requested > byDefault)
        {
            return (null, $"A licence runs at most to the campaign's end plus {graceDays} days ({byDefault:yyyy-MM-dd}).");
        }
        return (until > ceiling ? ceiling : until, null);
    }

    /// <summary>The instant a Shanghai calendar day ends (the first instant of the next day).</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => PromoMonth.ServiceDefaults.ShanghaiCalendar.EndOf(day);
}

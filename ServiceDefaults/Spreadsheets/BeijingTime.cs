using System.Globalization;

namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>Times in a report's title block, as the officers reading it keep them: Beijing time, to the minute.</summary>
public static class BeijingTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Of(DateTimeOffset at) => $"{Minute(at)}（北京时间 UTC+8）";

    public static string Minute(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

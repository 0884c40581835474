using PromoMonth.ServiceDefaults.Spreadsheets;

namespace PromoMonth.Statistics.Spreadsheets;

/// <summary>A unit's report for a period, in words and colour: on time, late, missing, or not due yet.</summary>
internal static class Timeliness
{
    public static readonly XlsxCell OnTime = XlsxCell.Status("按时 on time", XlsxTone.Good);
    public static readonly XlsxCell Late = XlsxCell.Status("迟报 late", XlsxTone.Warning);
    public static readonly XlsxCell Missing = XlsxCell.Status("未报 missing", XlsxTone.Bad);
    public static readonly XlsxCell NotDue = XlsxCell.Status("未到期 not due", XlsxTone.Neutral);
}

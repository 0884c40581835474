using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.Statistics.Domain.Forms;

namespace PromoMonth.Statistics.Spreadsheets;

/// <summary>How an indicator reads in a report: its heading with its unit, and its value as a formatted number.</summary>
internal static class IndicatorCells
{
    public static XlsxCell Heading(Indicator indicator) => XlsxCell.Header($"{indicator.NameZh}（{indicator.Unit}）");

    /// <summary>Counts and yuan with separators; a percentage (held as per cent) as a real percentage cell.</summary>
    public static XlsxCell Value(Indicator indicator, decimal? value) => indicator.ValueType switch
    {
        IndicatorValueType.Count => XlsxCell.Numeric(value, XlsxFormat.Count),
        IndicatorValueType.Amount => XlsxCell.Numeric(value, XlsxFormat.Yuan),
        _ => XlsxCell.Numeric(value / 100m, XlsxFormat.Percent),
    };
}

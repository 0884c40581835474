namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>How a number reads in a report: the cell stays a number, only its display changes.</summary>
public enum XlsxFormat
{
    /// <summary>As it is (a machine's long-form sheet).</summary>
    General,

    /// <summary>A whole count with thousands separators: 1,234.</summary>
    Count,

    /// <summary>Yuan with thousands separators and two decimals: 1,234,567.89.</summary>
    Yuan,

    /// <summary>A ratio shown as a percentage with one decimal: 0.077 reads 7.7%.</summary>
    Percent,
}

namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>The colour a status word is shown in, so a table reads at a glance; the word itself says it too.</summary>
public enum XlsxTone
{
    Good,
    Warning,
    Bad,
    Neutral,
}

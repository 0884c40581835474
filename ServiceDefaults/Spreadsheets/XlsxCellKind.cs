namespace PromoMonth.ServiceDefaults.Spreadsheets;

public enum XlsxCellKind
{
    Text,
    Number,
    Header,
    Title,
    Strong,
    Status,
}

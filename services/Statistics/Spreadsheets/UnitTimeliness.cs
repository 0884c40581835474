namespace PromoMonth.Statistics.Spreadsheets;

public enum UnitTimeliness
{
    OnTime,
    Late,
    Missing,
    NotDue,
}

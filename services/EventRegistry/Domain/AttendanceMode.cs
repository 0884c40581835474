namespace PromoMonth.EventRegistry.Domain;

public enum AttendanceMode
{
    Offline,
    Online,
    Mixed,
}

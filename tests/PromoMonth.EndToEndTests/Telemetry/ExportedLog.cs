namespace PromoMonth.EndToEndTests.Telemetry;

/// <summary>One log record as a service exported it: what the dashboard's structured logs (and its error badges) show.</summary>
public sealed record ExportedLog(string Service, int Severity, string Category, string Message, DateTimeOffset At)
{
    /// <summary>OTLP's severity numbers: 17 to 20 are the ERROR range, above that FATAL.</summary>
    public bool IsError => Severity >= 17;

    public override string ToString() => $"{Service} {Category}: {Message}";
}

using System.Text.Json;

namespace PromoMonth.FaultTests;

/// <summary>One scenario's count: what was sent, acknowledged, found in effect afterwards, doubled and lost.</summary>
public sealed record FaultOutcome(string Scenario, int Sent, int Acknowledged, int Present, int Duplicates, int Lost, string Note)
{
    public bool Kept => Duplicates == 0 && Lost == 0;
}

/// <summary>Appends each outcome as a JSON line to FAULTS_REPORT (if set), for <c>./faults.sh</c> to print as a table.</summary>
internal static class FaultReport
{
    private static readonly Lock Gate = new();

    public static void Record(FaultOutcome outcome)
    {
        if (Environment.GetEnvironmentVariable("FAULTS_REPORT") is not { Length: > 0 } file)
        {
            return;
        }
        lock (Gate)
        {
            File.AppendAllText(file, JsonSerializer.Serialize(outcome, JsonSerializerOptions.Web) + Environment.NewLine);
        }
    }
}

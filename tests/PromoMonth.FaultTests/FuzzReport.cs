using System.Text.Json;

namespace PromoMonth.FaultTests;

/// <summary>Requests per operation by status class, for <c>./faults.sh</c> (FAULTS_FUZZ_REPORT).</summary>
internal static class FuzzReport
{
    public static void Record(Dictionary<string, int[]> tally)
    {
        if (Environment.GetEnvironmentVariable("FAULTS_FUZZ_REPORT") is { Length: > 0 } file)
        {
            File.WriteAllText(file, JsonSerializer.Serialize(tally.ToDictionary(t => t.Key, t => new { ok = t.Value[0], rejected = t.Value[1], failed = t.Value[2] })));
        }
    }
}

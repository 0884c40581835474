using System.Text.Json;

namespace PromoMonth.FaultTests;

/// <summary>Requests per operation by status class and distinct values per type, for <c>./faults.sh</c> (FAULTS_FUZZ_REPORT).</summary>
internal static class FuzzReport
{
    public static void Record(FuzzTally tally)
    {
        if (Environment.GetEnvironmentVariable("FAULTS_FUZZ_REPORT") is { Length: > 0 } file)
        {
            File.WriteAllText(file, JsonSerializer.Serialize(new
            {
                operations = tally.Operations.ToDictionary(t => t.Key,
                    t => new { ok = t.Value[0], redirected = t.Value[1], rejected = t.Value[2], failed = t.Value[3] }),
                classes = new[] { 200, 300, 400, 500 }.ToDictionary(c => $"{c / 100}xx", tally.Total),
                callers = tally.Callers,
                valuesPerType = tally.DistinctValuesPerType,
                throttled = tally.Throttled,
            }));
        }
    }
}

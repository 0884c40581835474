namespace PromoMonth.FaultTests;

/// <summary>
/// The short suite (the test command) and the full one (<c>./faults.sh</c>, FAULTS_SCALE=full): the same scenarios,
/// with more requests and longer outages.
/// </summary>
internal static class FaultScale
{
    public static bool Full =>
        string.Equals(Environment.GetEnvironmentVariable("FAULTS_SCALE"), "full", StringComparison.OrdinalIgnoreCase);

    public static int Requests => Full ? 2000 : 200;

    public static TimeSpan Outage => Full ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(5);

    /// <summary>Callers per fuzzing round: all four kinds at full size; the ministry and one other in turn at small size.</summary>
    public static int FuzzCallersPerRound => Full ? 4 : 2;
}

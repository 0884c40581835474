namespace PromoMonth.DataGenerator;

/// <summary>One progress line per tenth of a phase: enough to see a run move without flooding a terminal or a CI log.</summary>
public sealed class PhaseProgress(string phase, int total, RunStatistics statistics, TextWriter output)
{
    private int _done;

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        // Each value of done is seen by exactly one worker, so each tenth is printed once without a lock.
        if (done * 10 / total != (done - 1) * 10 / total)
        {
            var percent = done * 100 / total;
            var seconds = statistics.Elapsed.TotalSeconds;
            output.WriteLine($"  {phase,-22} {done,6}/{total,-6} {percent,3}%   {seconds,6:F1} s   failures: {statistics.FailureCount}");
        }
    }
}

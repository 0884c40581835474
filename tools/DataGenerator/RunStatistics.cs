using System.Collections.Concurrent;
using System.Diagnostics;

namespace PromoMonth.DataGenerator;

/// <summary>What the run achieved, counted as it goes.</summary>
public enum Outcome
{
    EnterpriseRegistered,
    EnterpriseAlreadyRegistered,
    CreditCodeReissued,
    CommitmentSigned,
    ActivityDrafted,
    ActivitySubmitted,
    ActivityApproved,
    ActivityReturned,
    ActivityCancelled,
    ActivityPostponed,
    CatalogReleasePublished,
}

/// <summary>One call that went wrong, kept for the final report.</summary>
public sealed record Failure(string Operation, string Path, int Status, string Body);

/// <summary>Counters shared by all workers, and the summary printed at the end.</summary>
public sealed class RunStatistics
{
    private const int FailuresShown = 5;
    private const int BodyShown = 600;

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly int[] _outcomes = new int[Enum.GetValues<Outcome>().Length];
    private readonly ConcurrentQueue<Failure> _failures = new();
    private long _requests;
    private long _retries;
    private int _failureCount;

    public TimeSpan Elapsed => _elapsed.Elapsed;

    public int FailureCount => Volatile.Read(ref _failureCount);

    public int this[Outcome outcome] => Volatile.Read(ref _outcomes[(int)outcome]);

    public void CountRequest() => Interlocked.Increment(ref _requests);

    public void CountRetry() => Interlocked.Increment(ref _retries);

    public void Count(Outcome outcome) => Interlocked.Increment(ref _outcomes[(int)outcome]);

    public void Fail(string operation, string path, ApiResult result)
    {
        Interlocked.Increment(ref _failureCount);
        // Only the first few are printed; keeping every body of a run against a dead service would just fill memory.
        if (_failures.Count < FailuresShown)
        {
            _failures.Enqueue(new Failure(operation, path, result.Status, result.Body));
        }
    }

    public void PrintSummary(TextWriter output, IReadOnlyDictionary<string, int> activityStatuses)
    {
        var seconds = Elapsed.TotalSeconds;
        var requests = Interlocked.Read(ref _requests);
        output.WriteLine();
        output.WriteLine("Summary");
        output.WriteLine($"  enterprises registered      {this[Outcome.EnterpriseRegistered],6}   "
            + $"(already registered: {this[Outcome.EnterpriseAlreadyRegistered]}, "
            + $"credit codes reissued after 409: {this[Outcome.CreditCodeReissued]})");
        output.WriteLine($"  commitment letters signed   {this[Outcome.CommitmentSigned],6}");
        output.WriteLine($"  activities drafted          {this[Outcome.ActivityDrafted],6}");
        output.WriteLine($"  activities submitted        {this[Outcome.ActivitySubmitted],6}");
        output.WriteLine($"  approved / returned         {this[Outcome.ActivityApproved],6} / {this[Outcome.ActivityReturned]}");
        output.WriteLine($"  cancelled / postponed       {this[Outcome.ActivityCancelled],6} / {this[Outcome.ActivityPostponed]}");
        output.WriteLine($"  catalog releases published  {this[Outcome.CatalogReleasePublished],6}");
        var byStatus = activityStatuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}");
        output.WriteLine("  activities by status        " + string.Join(", ", byStatus));
        output.WriteLine($"  elapsed                     {seconds,6:F1} s");
        var rate = requests / Math.Max(seconds, 0.001);
        output.WriteLine($"  requests                    {requests,6}   ({rate:F1}/s, retries: {Interlocked.Read(ref _retries)})");
        output.WriteLine($"  failures                    {FailureCount,6}");
        foreach (var failure in _failures)
        {
            var body = failure.Body.Length > BodyShown ? failure.Body[..BodyShown] + "…" : failure.Body;
            var status = failure.Status == 0 ? "no answer" : failure.Status.ToString();
            output.WriteLine($"    {failure.Operation} POST {failure.Path} → {status}: {body}");
        }
        if (FailureCount > _failures.Count)
        {
            output.WriteLine($"    … and {FailureCount - _failures.Count} more");
        }
    }
}

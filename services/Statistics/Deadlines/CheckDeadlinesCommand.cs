using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.Statistics.Deadlines;

/// <summary>"Run the deadline check now": the watch's own pass, without waiting for its next tick.</summary>
public sealed class CheckDeadlinesCommand(DeadlineWatch watch) : IOperatorCommand
{
    public string Name => "check-deadlines";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var (overdue, reminded) = await watch.RunOnceAsync(cancellationToken);
        return $"{overdue} reports announced overdue, {reminded} reminders queued (units already announced are not announced again).";
    }
}

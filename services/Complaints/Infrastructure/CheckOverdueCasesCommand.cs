using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>"Run the deadline check now": the watch's own pass over every case near or past a deadline.</summary>
public sealed class CheckOverdueCasesCommand(OverdueWatch watch) : IOperatorCommand
{
    public string Name => "check-deadlines";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var warned = await watch.WarnAllDueAsync(cancellationToken);
        var overdue = await watch.AnnounceAllDueAsync(cancellationToken);
        return $"{warned} deadline warnings and {overdue} cases announced overdue (each is announced once).";
    }
}

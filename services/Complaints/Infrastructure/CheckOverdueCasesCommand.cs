using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>"Run the deadline check now": the watch's own pass over every case past its acceptance deadline.</summary>
public sealed class CheckOverdueCasesCommand(OverdueWatch watch) : IOperatorCommand
{
    public string Name => "check-deadlines";

    public async Task<string> RunAsync(CancellationToken cancellationToken) =>
        $"{await watch.AnnounceAllDueAsync(cancellationToken)} cases announced overdue (a case is announced once).";
}

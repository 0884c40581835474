using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>"Run the deadline check now": announces every case past its acceptance deadline, batch after batch.</summary>
public sealed class CheckOverdueCasesCommand(OverdueWatch watch) : IOperatorCommand
{
    public string Name => "check-deadlines";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var announced = 0;
        int batch;
        do
        {
            batch = await watch.AnnounceBatchAsync(cancellationToken);
            announced += batch;
        }
        while (batch == OverdueWatch.BatchSize);
        return $"{announced} cases announced overdue (a case is announced once).";
    }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.EventRegistry.Consumers;

/// <summary>Flags the activity an incident was reported at, so the ministry sees it at once (the notice: 迅速按规程处置).</summary>
public sealed class SafetyIncidentReportedConsumer(RegistryDbContext db, TimeProvider clock, ILogger<SafetyIncidentReportedConsumer> logger)
    : IdempotentConsumer<SafetyIncidentReported, RegistryDbContext>(db, clock)
{
    protected override async Task HandleAsync(SafetyIncidentReported message, CancellationToken cancellationToken)
    {
        var activity = await Db.Activities.SingleOrDefaultAsync(a => a.Id == message.ActivityId, cancellationToken);
        if (activity is null)
        {
            // An incident about an activity this registry does not hold is recorded nowhere; say so loudly.
            logger.LogWarning("Safety incident {IncidentId} names unknown activity {ActivityId}", message.IncidentId, message.ActivityId);
            return;
        }
        if (activity.FlagSafetyIncident(new SafetyIncident(message.IncidentId, message.Kind, message.Summary, message.ReportedAt)))
        {
            logger.LogWarning("Activity {ActivityId} flagged for safety incident {IncidentId}: {Kind}",
                activity.Id, message.IncidentId, message.Kind);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>
/// Receives a validated case for both doors (the API and Open311): finds the first case of a repeated hotline
/// reference, routes a new one, and stores it with its <c>ComplaintReceived</c> event in one save.
/// </summary>
public sealed class CaseIntakeHandler(ComplaintsDbContext db, IEventOutbox outbox, TimeProvider clock)
{
    /// <returns>The case, and whether this call created it (false: the reference was posted before).</returns>
    public async Task<(ComplaintCase Case, bool Created)> ReceiveAsync(CaseIntake intake, string hotline, string digest, CancellationToken cancellationToken)
    {
        if (await FindAsync(hotline, intake.HotlineReference, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var route = CaseRouting.Route(
            intake.Respondent.CreditCode is { } code
                ? await db.KnownRespondents.Where(r => r.CreditCode == code).OrderByDescending(r => r.RegisteredAt).Select(r => r.RegionCode).FirstOrDefaultAsync(cancellationToken)
                : null,
            intake.Respondent.RegionCode,
            intake.ActivityId is { } activity
                ? await db.KnownActivities.Where(a => a.ActivityId == activity).Select(a => a.RegionCode).FirstOrDefaultAsync(cancellationToken)
                : null);
        var complaint = ComplaintCase.Receive(intake, hotline, digest, route, WorkdayCalendar.China, clock.GetUtcNow());
        db.Cases.Add(complaint);
        outbox.Enqueue(new ComplaintReceived
        {
            CaseId = complaint.Id,
            Kind = complaint.Kind.ToString().ToLowerInvariant(),
            Category = complaint.Category.ToString(),
            ResponsibleRegion = complaint.ResponsibleRegion,
            RespondentCreditCode = complaint.Respondent.CreditCode,
            ActivityId = complaint.ActivityId,
            ReceivedAt = complaint.ReceivedAt,
            AcceptanceDueAt = complaint.AcceptanceDueAt,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same reference posted twice at once: the first one in wins and the other gets its answer.
            db.ChangeTracker.Clear();
            return ((await FindAsync(hotline, intake.HotlineReference, cancellationToken))!, false);
        }
        ComplaintsTelemetry.CasesReceived.Add(1, new KeyValuePair<string, object?>("kind", complaint.Kind.ToString().ToLowerInvariant()));
        return (complaint, true);
    }

    private Task<ComplaintCase?> FindAsync(string hotline, string reference, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.HotlineClientId == hotline && c.HotlineReference == reference, cancellationToken);
}

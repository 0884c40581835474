using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>
/// Receives a validated case for both doors (the API and Open311): routes it and stores it, or answers the first case
/// of a repeated hotline reference; the case records its own <c>ComplaintReceived</c>, saved with it.
/// </summary>
public sealed class CaseIntakeHandler(ComplaintsDbContext db, TimeProvider clock, IOptions<IntakeOptions> options)
{
    /// <returns>The case, and whether this call created it (false: the reference was posted before).</returns>
    public async Task<(ComplaintCase Case, bool Created)> ReceiveAsync(
        CaseIntake intake, string hotline, string digest, CancellationToken cancellationToken)
    {
        // No look for the reference first: a repeat is rare (a hotline's retry), and the unique index finds it at the
        // insert, which then answers the first case; a new case saves a round trip.
        var route = CaseRouting.Route(
            await EnterpriseRegionAsync(intake.Respondent.CreditCode, cancellationToken),
            intake.Respondent.RegionCode,
            await ActivityRegionAsync(intake.ActivityId, cancellationToken));
        var complaint = ComplaintCase.Receive(intake, hotline, digest, route, WorkdayCalendar.China, clock.GetUtcNow());
        complaint.Flag(
            await PossibleDuplicatesAsync(complaint, cancellationToken),
            complaint.ConcernsTheCampaign && await IsUnlicensedAsync(complaint.Respondent.CreditCode, cancellationToken));
        db.Cases.Add(complaint);
        try
        {
            // The case and its event's outbox row, all or nothing, in one round trip.
            await db.SaveInOneRoundTripAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The reference was posted before (or at the same moment): the first one in wins and the other gets its answer.
            db.ChangeTracker.Clear();
            var first = await FindAsync(hotline, intake.HotlineReference, cancellationToken);
            return first is null ? throw new InvalidOperationException("A unique violation without the first case.", ex) : (first, false);
        }
        ComplaintsTelemetry.CasesReceived.Add(1, new KeyValuePair<string, object?>("kind", complaint.Kind.ToString().ToLowerInvariant()));
        return (complaint, true);
    }

    private async Task<string?> EnterpriseRegionAsync(string? creditCode, CancellationToken cancellationToken) =>
        creditCode is null
            ? null
            : await db.KnownRespondents.Where(r => r.CreditCode == creditCode)
                .OrderByDescending(r => r.RegisteredAt).Select(r => r.RegionCode).FirstOrDefaultAsync(cancellationToken);

    private async Task<string?> ActivityRegionAsync(Guid? activityId, CancellationToken cancellationToken) =>
        activityId is not { } activity
            ? null
            : await db.KnownActivities.Where(a => a.ActivityId == activity)
                .Select(a => a.RegionCode).FirstOrDefaultAsync(cancellationToken);

    private async Task<List<Guid>> PossibleDuplicatesAsync(ComplaintCase complaint, CancellationToken cancellationToken)
    {
        if (complaint.DuplicateKey is not { } key)
        {
            return [];
        }
        var window = options.Value.DuplicateWindow;
        var found = new List<Guid>();
        await foreach (var id in CasesWithKey(db, key, complaint.ReceivedAt - window, complaint.ReceivedAt + window)
            .WithCancellation(cancellationToken))
        {
            found.Add(id);
        }
        return found;
    }

    // Compiled once: every intake asks it, and translating the query each time was a tenth of its cost.
    private static readonly Func<ComplaintsDbContext, string, DateTimeOffset, DateTimeOffset, IAsyncEnumerable<Guid>> CasesWithKey =
        EF.CompileAsyncQuery((ComplaintsDbContext db, string key, DateTimeOffset from, DateTimeOffset to) =>
            db.Cases.Where(c => c.DuplicateKey == key && c.ReceivedAt >= from && c.ReceivedAt <= to)
                .OrderBy(c => c.ReceivedAt).Select(c => c.Id).Take(20));

    /// <summary>Known only for registered respondents: one named by credit code with no active enterprise licence.</summary>
    private async Task<bool> IsUnlicensedAsync(string? creditCode, CancellationToken cancellationToken)
    {
        if (creditCode is null)
        {
            return false;
        }
        var enterprises = db.KnownRespondents.Where(r => r.CreditCode == creditCode).Select(r => r.EnterpriseId);
        return await enterprises.AnyAsync(cancellationToken)
            && !await db.KnownLicenses.AnyAsync(
                l => l.Active && l.LicenseeKind == "enterprise" && enterprises.Contains(l.LicenseeId), cancellationToken);
    }

    private Task<ComplaintCase?> FindAsync(string hotline, string reference, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking()
            .SingleOrDefaultAsync(c => c.HotlineClientId == hotline && c.HotlineReference == reference, cancellationToken);
}

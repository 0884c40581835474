using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Complaints.Apis;

/// <summary>
/// The possible duplicates a caller may be shown: only cases it may read itself (a hotline its own, a unit its region's,
/// the ministry all), so a flag never reveals another hotline's or region's case. Stored flags stay whole for handlers.
/// </summary>
public static class VisibleDuplicates
{
    public static async Task<IReadOnlySet<Guid>> OfAsync(ClaimsPrincipal caller, ComplaintsDbContext db, IEnumerable<ComplaintCase> cases,
        CancellationToken cancellationToken)
    {
        var flagged = cases.SelectMany(c => c.PossibleDuplicates).Distinct().ToList();
        if (flagged.Count == 0)
        {
            return new HashSet<Guid>();
        }
        if (caller.ClientKind() != ClientKinds.Hotline && caller.BoundRegion() is null)
        {
            return flagged.ToHashSet();
        }
        var visible = await CasesApi.Visible(caller, db.Cases.AsNoTracking())
            .Where(c => flagged.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return visible.ToHashSet();
    }

    public static Task<IReadOnlySet<Guid>> OfAsync(
        ClaimsPrincipal caller, ComplaintsDbContext db, ComplaintCase complaint, CancellationToken cancellationToken) =>
        OfAsync(caller, db, [complaint], cancellationToken);
}

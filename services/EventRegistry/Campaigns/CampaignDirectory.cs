using Microsoft.EntityFrameworkCore;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;

namespace PromoMonth.EventRegistry.Campaigns;

/// <summary>Finds the campaign a request means: the one named, or else the current one (the latest to start).</summary>
public sealed class CampaignDirectory(RegistryDbContext db)
{
    public async Task<Campaign?> FindAsync(Guid? campaignId, CancellationToken cancellationToken) =>
        campaignId is { } id
            ? await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await CurrentAsync(cancellationToken);

    public async Task<Campaign?> FindByCodeAsync(string? code, CancellationToken cancellationToken) =>
        code is null
            ? await CurrentAsync(cancellationToken)
            : await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);

    private async Task<Campaign?> CurrentAsync(CancellationToken cancellationToken) =>
        (await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken)).MaxBy(c => c.Window.Start);
}

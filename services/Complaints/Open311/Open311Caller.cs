using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Complaints.Open311;

/// <summary>Who an Open311 request comes from: a hotline by its <c>api_key</c>, or by a bearer token with complaints.intake.</summary>
internal static class Open311Caller
{
    public static async Task<string?> HotlineAsync(
        HttpContext http, ComplaintsDbContext db, string? apiKey, CancellationToken cancellationToken)
    {
        if (http.User.Identity?.IsAuthenticated == true && http.User.HasScope(Scopes.ComplaintsIntake))
        {
            return http.User.ClientId();
        }
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return null;
        }
        var hash = Open311Key.Hash(apiKey.Trim());
        return await db.Open311Keys.Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => k.HotlineClientId).SingleOrDefaultAsync(cancellationToken);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PromoMonth.Licensing.Credentials;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.Licensing.Verification;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Licensing.Apis;

/// <summary>
/// Licences as W3C Verifiable Credentials (application/vc+jwt): anyone fetches a licence's credential, the status lists
/// and the issuer's keys anonymously; a licensing client fetches its own region's credentials and their dense QR codes.
/// </summary>
public static class CredentialsApi
{
    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder app)
    {
        var verify = app.MapGroup("/api/verify").WithTags("Credentials").AllowAnonymous();
        verify.MapGet("/{licenseNo}/credential", ByNumber).WithName("LicenseCredential")
            .AddEndpointFilter<WellFormedLicenseNumber>().ProducesValidationProblem()
            .WithSummary("A licence as a signed W3C Verifiable Credential (compact JWS, ES256)")
            .WithDescription("Verify its signature with the issuer's JWKS, and its status with the two status lists it names "
                + "(revocation and suspension). A revoked or suspended licence's credential is still served: its status says so.")
            .Produces<string>(StatusCodes.Status200OK, CredentialSigner.MediaType).ProducesProblem(StatusCodes.Status404NotFound);
        verify.MapGet("/status/{purpose:regex(^(revocation|suspension)$)}/{list:int:min(0)}", StatusList).WithName("StatusList")
            .WithSummary("A status list credential (W3C Bitstring Status List): one bit per licence, set when revoked or suspended")
            .WithDescription("Signed like the licence credentials; the bits are GZIP-compressed and base64url-encoded as the "
                + "specification has them. A weak ETag changes exactly when a bit does: send it back in If-None-Match.")
            .Produces<string>(StatusCodes.Status200OK, CredentialSigner.MediaType).Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        verify.MapGet("/issuer", Issuer).WithName("CredentialIssuer")
            .WithSummary("The issuer every credential names: the ministry, with the address of its keys")
            .Produces<IssuerDocument>();
        verify.MapGet("/issuer/jwks.json", Jwks).WithName("CredentialIssuerKeys")
            .WithSummary("The issuer's public keys (JWKS): the key that signs now, the next one and every one still needed")
            .WithDescription("A retired key stays here until the last credential it signed has expired.")
            .Produces<string>(StatusCodes.Status200OK, IssuerKeys.MediaType);

        var licenses = app.MapGroup("/api/licensing/licenses").WithTags("Credentials");
        licenses.MapGet("/{id:guid}/credential", ById).WithName("GetLicenseCredential")
            .WithSummary("One licence's signed credential (own region only)").RequireRead(Scopes.Licensing)
            .Produces<string>(StatusCodes.Status200OK, CredentialSigner.MediaType).ProducesProblem(StatusCodes.Status404NotFound);
        licenses.MapGet("/{id:guid}/qr-credential.png", QrById).WithName("GetLicenseCredentialQr")
            .WithSummary("A dense QR code (PNG) holding the signed credential itself, for checking without a network")
            .WithDescription("The sticker's QR code stays the verification page's address; this one is for apps and the offline "
                + "page. A credential longer than a QR code holds (2,953 bytes) answers 422: download the credential instead.")
            .RequireRead(Scopes.Licensing)
            .Produces<Stream>(StatusCodes.Status200OK, "image/png").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<IResult> ByNumber(string licenseNo, LicenceCredentials credentials, CancellationToken cancellationToken) =>
        await credentials.ForNumberAsync(LicenseNumber.Normalize(licenseNo), cancellationToken) is { } credential
            ? Credential(credential)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No licence has this number.");

    internal static async Task<IResult> StatusList(
        string purpose, int list, HttpContext context, LicenceCredentials credentials, CancellationToken cancellationToken)
    {
        var wanted = StatusPurposes.Parse(purpose)!.Value;
        if (await credentials.BitsAsync(wanted, list, cancellationToken) is not { } bits)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No licence has a place in this status list.");
        }
        var etag = new EntityTagHeaderValue($"\"{bits.Tag}\"", isWeak: true);
        context.Response.Headers.ETag = etag.ToString();
        context.Response.Headers.CacheControl = "public, max-age=2";
        var sent = context.Request.GetTypedHeaders().IfNoneMatch;
        return sent.Any(tag => tag.Compare(etag, useStrongComparison: false))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Credential(credentials.Sign(wanted, list, bits));
    }

    internal static IResult Issuer(IOptions<LicensingOptions> options)
    {
        var addresses = new CredentialAddresses(options.Value.PublicBaseUrl);
        return Results.Ok(new IssuerDocument(addresses.Issuer, options.Value.IssuerName, addresses.Jwks));
    }

    internal static IResult Jwks(CredentialKeyRing ring) =>
        Results.Text(IssuerKeys.Jwks(ring.Published).ToJsonString(), IssuerKeys.MediaType);

    internal static async Task<IResult> ById(
        Guid id, ClaimsPrincipal caller, LicensingDbContext db, LicenceCredentials credentials, CancellationToken cancellationToken) =>
        await OwnAsync(id, caller, db, credentials, cancellationToken) is { } credential ? Credential(credential) : Unknown();

    internal static async Task<IResult> QrById(
        Guid id, ClaimsPrincipal caller, LicensingDbContext db, LicenceCredentials credentials, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, caller, db, credentials, cancellationToken) is not { } credential)
        {
            return Unknown();
        }
        return CredentialQr.Png(credential) is { } png
            ? Results.File(png, "image/png", "qr-credential.png")
            : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The credential is too long for a QR code.",
                detail: $"It is {credential.Length} bytes; a QR code holds {CredentialQr.MaxBytes}. Download the credential instead.");
    }

    /// <summary>The credential of a licence in the caller's region; null when there is none the caller may see.</summary>
    private static async Task<string?> OwnAsync(
        Guid id, ClaimsPrincipal caller, LicensingDbContext db, LicenceCredentials credentials, CancellationToken cancellationToken)
    {
        var license = await db.Licenses.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new { l.Number, l.RegionCode }).SingleOrDefaultAsync(cancellationToken);
        return license is null || !caller.MayActFor(license.RegionCode)
            ? null
            : await credentials.ForNumberAsync(license.Number, cancellationToken);
    }

    private static IResult Credential(string compact) => Results.Text(compact, CredentialSigner.MediaType);

    private static IResult Unknown() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No licence has this id.");
}

using Microsoft.Extensions.Options;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.Licensing.Verification;
using QRCoder;

namespace PromoMonth.Licensing.Apis;

/// <summary>Anonymous licence verification: JSON for machines, a page for people, a QR code for licensees to print.</summary>
public static class VerifyApi
{
    public static IEndpointRouteBuilder MapVerifyApi(this IEndpointRouteBuilder app)
    {
        var verify = app.MapGroup("/api/verify").WithTags("Verification").AllowAnonymous()
            .AddEndpointFilter<WellFormedLicenseNumber>().ProducesValidationProblem();
        verify.MapGet("/{licenseNo}", Verify).WithName("VerifyLicense")
            .WithSummary("A licence's status for a QR scan: 200 valid (or suspended/expired, with the status), "
                + "410 revoked (revoked: true), 404 unknown")
            .Produces<VerificationView>().Produces<VerificationView>(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status404NotFound);
        verify.MapGet("/{licenseNo}/qr.png", QrPng).WithName("LicenseQrPng")
            .WithSummary("A QR code (PNG) of the licence's public verification page")
            .WithDescription("The code encodes the verification page's public address, ready to print on a sticker.")
            .Produces<Stream>(StatusCodes.Status200OK, "image/png");
        verify.MapGet("/{licenseNo}/qr.svg", QrSvg).WithName("LicenseQrSvg")
            .WithSummary("A QR code (SVG) of the licence's public verification page")
            .WithDescription("The same code as the PNG, as a vector for print shops.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml");
        app.MapGet("/verify/{licenseNo}", Page).AllowAnonymous().WithTags("Verification").WithName("VerificationPage")
            .AddEndpointFilter<WellFormedLicenseNumber>().ProducesValidationProblem()
            .WithSummary("The page a phone opens after scanning the QR code (Chinese, mobile-friendly)")
            .WithDescription("An HTML page: the licence's status in words and colour, its licensee and its validity.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        app.MapGet("/verify/offline", OfflinePage).AllowAnonymous().WithTags("Verification").WithName("OfflineVerificationPage")
            .WithSummary("The offline verifier: checks a credential with keys and status lists cached on its last visit")
            .WithDescription("One static page, no framework, talking to no other host (its Content-Security-Policy says so).")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        app.MapGet("/verify/offline.js", (HttpContext context) => OwnScript(context, "offline.js")).AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet("/verify/offline-sw.js", (HttpContext context) => OwnScript(context, "offline-sw.js")).AllowAnonymous()
            .ExcludeFromDescription();
        // Anything else under these anonymous prefixes is absent, not "log in first" (the service's fallback would say 401).
        app.MapGet("/api/verify/{**rest}", NotHere).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/verify/{**rest}", NotHere).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<IResult> Verify(
        string licenseNo, VerificationCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        var snapshot = await cache.FindAsync(Normalize(licenseNo), cancellationToken);
        if (snapshot is null)
        {
            LicensingTelemetry.Verified("not_found");
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No licence has this number.",
                detail: "The mark may be counterfeit; consumers can report it to 12315.");
        }
        var view = VerificationView.From(snapshot, clock.GetUtcNow());
        LicensingTelemetry.Verified(view.Status.ToString().ToLowerInvariant());
        // As hosted credentials are verified (Open Badges): a revoked licence is Gone, and says so in its body.
        return view.Status == LicenseStatus.Revoked ? Results.Json(view, statusCode: StatusCodes.Status410Gone) : Results.Ok(view);
    }

    internal static async Task<IResult> Page(
        string licenseNo, VerificationCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        var number = Normalize(licenseNo);
        var snapshot = await cache.FindAsync(number, cancellationToken);
        var view = snapshot is null ? null : VerificationView.From(snapshot, clock.GetUtcNow());
        LicensingTelemetry.Verified(view?.Status.ToString().ToLowerInvariant() ?? "not_found");
        var status = view is null ? StatusCodes.Status404NotFound
            : view.Status == LicenseStatus.Revoked ? StatusCodes.Status410Gone
            : StatusCodes.Status200OK;
        return Results.Content(VerificationPage.Render(number, view), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    private static readonly Lazy<string> OfflineHtml = new(Verification.OfflinePage.Render);

    internal static IResult OfflinePage(HttpContext context)
    {
        context.Response.Headers.ContentSecurityPolicy = Verification.OfflinePage.Policy;
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Content(OfflineHtml.Value, "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }

    /// <summary>Revalidated on every visit, so a fixed verifier reaches phones at their next visit with a network.</summary>
    private static IResult OwnScript(HttpContext context, string name)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Text(Verification.OfflinePage.Script(name), "text/javascript; charset=utf-8");
    }

    private static IResult NotHere() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing is here.");

    internal static IResult QrPng(string licenseNo, IOptions<LicensingOptions> options) =>
        Results.File(new PngByteQRCode(Encode(licenseNo, options.Value)).GetGraphic(10), "image/png", $"{Normalize(licenseNo)}.png");

    internal static IResult QrSvg(string licenseNo, IOptions<LicensingOptions> options) =>
        Results.Content(new SvgQRCode(Encode(licenseNo, options.Value)).GetGraphic(10), "image/svg+xml; charset=utf-8");

    /// <summary>The QR encodes the public page's address, so any phone camera opens it without an app.</summary>
    public static string PageUrl(string licenseNo, LicensingOptions options) =>
        $"{options.PublicBaseUrl.TrimEnd('/')}/verify/{Uri.EscapeDataString(Normalize(licenseNo))}";

    private static QRCodeData Encode(string licenseNo, LicensingOptions options)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(PageUrl(licenseNo, options), QRCodeGenerator.ECCLevel.M);
    }

    private static string Normalize(string licenseNo) => LicenseNumber.Normalize(licenseNo);
}

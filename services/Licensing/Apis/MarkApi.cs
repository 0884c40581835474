using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Licensing.Apis;

/// <summary>
/// The mark: the public reads its rules, licensees download its logo, the ministry uploads the artwork and sets the rules.
/// </summary>
public static class MarkApi
{
    public static IEndpointRouteBuilder MapMarkApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/verify/mark", PublicRules).AllowAnonymous().WithTags("Verification").WithName("ReadMarkRules")
            .WithSummary("The campaign's mark and its usage rules, for anyone to read");

        var mark = app.MapGroup("/api/licensing/mark").WithTags("The mark");
        mark.MapGet("/", Get).WithName("GetMark").WithSummary("The mark with its rules").RequireRead(Scopes.Licensing);
        mark.MapGet("/logo.svg", (string? campaign, LicensingDbContext db, CancellationToken ct) => Logo(campaign, "image/svg+xml", db, ct))
            .WithName("DownloadLogoSvg").WithSummary("The logo as SVG, for licensees").RequireRead(Scopes.Licensing)
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml");
        mark.MapGet("/logo.png", (string? campaign, LicensingDbContext db, CancellationToken ct) => Logo(campaign, "image/png", db, ct))
            .WithName("DownloadLogoPng").WithSummary("The logo as PNG, for licensees").RequireRead(Scopes.Licensing)
            .Produces<Stream>(StatusCodes.Status200OK, "image/png");
        mark.MapPut("/logo", Upload).WithName("UploadLogo")
            .WithSummary("Upload the logo artwork, SVG or PNG, at most 2 MB, type read from the bytes (ministry)")
            .RequireWrite(Scopes.Licensing).RequireAuthorization(AccessPolicies.MinistryOnly)
            .Accepts<byte[]>("image/svg+xml", "image/png", "application/octet-stream")
            .WithDescription("SVG is parsed as XML (no DTD) and checked against an allow-list of SVG elements and attributes: "
                + "no scripts, event handlers, foreign content or references outside the document (only #id and data:image/png|jpeg); "
                + "422 names what was refused.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        mark.MapPut("/rules", SetRules).WithName("SetMarkRules").WithSummary("Set the usage rules (ministry)")
            .RequireWrite(Scopes.Licensing).RequireAuthorization(AccessPolicies.MinistryOnly)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<MarkResponse>, NotFound>> PublicRules(
        string? campaign, LicensingDbContext db, CancellationToken cancellationToken) =>
        await FindAsync(db, campaign, cancellationToken) is { } mark ? TypedResults.Ok(MarkResponse.From(mark)) : TypedResults.NotFound();

    internal static Task<Results<Ok<MarkResponse>, NotFound>> Get(
        string? campaign, LicensingDbContext db, CancellationToken cancellationToken) =>
        PublicRules(campaign, db, cancellationToken);

    internal static async Task<IResult> Logo(
        string? campaign, string contentType, LicensingDbContext db, CancellationToken cancellationToken)
    {
        var png = contentType == "image/png";
        var mark = await FindAsync(db, campaign, cancellationToken);
        return (png ? mark?.LogoPng : mark?.LogoSvg) is { } bytes && mark is not null
            ? Results.File(bytes, contentType, $"mark-{mark.CampaignCode}.{(png ? "png" : "svg")}")
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {(png ? "PNG" : "SVG")} logo has been uploaded.");
    }

    internal static async Task<Results<Ok<MarkResponse>, NotFound, ProblemHttpResult>> Upload(
        string? campaign, HttpRequest request, LicensingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var mark = await FindAsync(db, campaign, cancellationToken, tracking: true);
        if (mark is null)
        {
            return TypedResults.NotFound();
        }
        if (request.ContentLength > Mark.MaxLogoBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "A logo file has at most 2 MB.");
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > Mark.MaxLogoBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "A logo file has at most 2 MB.");
        }
        var content = buffer.ToArray();
        if (Mark.IsPng(content))
        {
            mark.UsePng(content, clock.GetUtcNow());
        }
        else if (SvgArtwork.LooksLikeMarkup(content))
        {
            if (SvgArtwork.Refusal(content) is { } refusal)
            {
                return RequestErrors.Of("logo", refusal).ToUnprocessableEntity("The SVG artwork uses something a logo may not carry.");
            }
            mark.UseSvg(content, clock.GetUtcNow());
        }
        else
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The logo is an SVG or a PNG file.",
                detail: $"The bytes sent are neither (declared: {request.ContentType ?? "nothing"}).");
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MarkResponse.From(mark));
    }

    internal static async Task<Results<Ok<MarkResponse>, NotFound, ProblemHttpResult>> SetRules(
        string? campaign, UsageRules rules, LicensingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var mark = await FindAsync(db, campaign, cancellationToken, tracking: true);
        if (mark is null)
        {
            return TypedResults.NotFound();
        }
        if (!rules.Validate().IsValid(out var valid, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        mark.SetRules(valid, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MarkResponse.From(mark));
    }

    private static Task<Mark?> FindAsync(
        LicensingDbContext db, string? campaign, CancellationToken cancellationToken, bool tracking = false)
    {
        var marks = tracking ? db.Marks : db.Marks.AsNoTracking();
        return campaign is null
            ? marks.OrderByDescending(m => m.CampaignCode).FirstOrDefaultAsync(cancellationToken)
            : marks.SingleOrDefaultAsync(m => m.CampaignCode == campaign, cancellationToken);
    }
}

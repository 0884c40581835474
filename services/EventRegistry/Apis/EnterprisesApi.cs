using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public static class EnterprisesApi
{
    private const string Path = "/api/registry/enterprises";
    private const string AlreadyRegistered = "This credit code is already registered.";

    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var enterprises = app.MapGroup(Path).WithTags("Key enterprises");

        enterprises.MapPost("/", Register)
            .WithName("RegisterEnterprise")
            .WithSummary("Register a key enterprise by its unified social credit code (own region)")
            .WithDescription("A code is registered once per campaign. Repeating the same registration answers the first result "
                + "(200); a different one answers 409, pointing at the existing record when the caller may see it. The code's "
                + "registering authority (characters 3-8) must lie in the region (422 on creditCode otherwise); the ministry may "
                + "register elsewhere, and the record then carries registeredOutOfRegion with who did it and the "
                + "outOfRegionReason given.")
            .RequireWrite(Scopes.Registry)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        enterprises.MapGet("/", List).WithName("ListEnterprises")
            .WithSummary("Key enterprises, filtered by region and credit code; a reporting unit sees its own region's only")
            .RequireRead(Scopes.Registry);

        enterprises.MapGet("/{id:guid}", Get).WithName("GetEnterprise")
            .WithSummary("Read one key enterprise (a reporting unit sees its own region's only)")
            .RequireRead(Scopes.Registry);

        enterprises.MapPost("/{id:guid}/commitment", SignCommitment).WithName("SignCommitment")
            .WithSummary("Record the signed safety, integrity and self-discipline commitment letter")
            .RequireWrite(Scopes.Registry)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        enterprises.MapPut("/{id:guid}/commitment/document", AttachDocument).WithName("AttachCommitmentDocument")
            .WithSummary("Upload the scanned commitment letter: PDF, PNG or JPEG, at most 5 MB, type checked from the bytes")
            .RequireWrite(Scopes.Registry)
            .Accepts<byte[]>("application/pdf", "image/png", "image/jpeg", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        enterprises.MapGet("/{id:guid}/commitment/document", GetDocument).WithName("GetCommitmentDocument")
            .WithSummary("Download the scanned commitment letter")
            .WithDescription("Answers the bytes with the media type they were checked to be when uploaded.")
            .RequireRead(Scopes.Registry)
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "image/png", "image/jpeg");
        return app;
    }

    internal static async Task<Results<Created<EnterpriseResponse>, Ok<EnterpriseResponse>, ProblemHttpResult>> Register(
        EnterpriseRegistration registration,
        ClaimsPrincipal caller,
        RegistryDbContext db,
        CampaignDirectory campaigns,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindAsync(registration.CampaignId, cancellationToken);
        if (!registration.Validate(campaign).IsValid(out var intake, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        caller.EnsureMayActFor(intake.Facts.RegionCode);
        var registrar = new Registrar(caller.Actor(), caller.IsMinistry());
        if (!KeyEnterprise.Register(intake.Campaign, intake.Facts, registrar, clock.GetUtcNow()).IsValid(out var enterprise, out errors))
        {
            return errors.ToUnprocessableEntity();
        }
        db.Enterprises.Add(enterprise);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"{Path}/{enterprise.Id}", EnterpriseResponse.From(enterprise));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The unique index, not a prior read, decided a race: the registration and its event were not stored.
            db.ChangeTracker.Clear();
            var existing = await db.Enterprises.AsNoTracking()
                .SingleAsync(e => e.CampaignId == enterprise.CampaignId && e.CreditCode == enterprise.CreditCode, cancellationToken);
            return AlreadyRegisteredAs(existing, intake.Facts, caller);
        }
    }

    internal static async Task<Results<Ok<PagedList<EnterpriseResponse>>, ValidationProblem>> List(
        ClaimsPrincipal caller, RegistryDbContext db, string? regionCode, string? creditCode, Guid? campaignId, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var query = db.Enterprises.AsNoTracking();
        // A region-bound client lists its own region whatever it asked for.
        var region = caller.BoundRegion() ?? regionCode;
        if (region is not null)
        {
            query = query.Where(e => e.RegionCode == region);
        }
        if (creditCode is not null)
        {
            var code = creditCode.Trim().ToUpperInvariant();
            query = query.Where(e => e.CreditCode == code);
        }
        if (campaignId is not null)
        {
            query = query.Where(e => e.CampaignId == campaignId);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var shown = items.Select(EnterpriseResponse.From).ToList();
        return TypedResults.Ok(new PagedList<EnterpriseResponse>(shown, paging.Page, paging.PageSize, total));
    }

    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken) =>
        await FindAsync(db.Enterprises.AsNoTracking(), id, caller, cancellationToken) is { } enterprise
            ? TypedResults.Ok(EnterpriseResponse.From(enterprise))
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound, ProblemHttpResult>> SignCommitment(
        Guid id, CommitmentRequest request, ClaimsPrincipal caller, RegistryDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var enterprise = await FindAsync(db.Enterprises, id, caller, cancellationToken);
        if (enterprise is null)
        {
            return TypedResults.NotFound();
        }
        if (!request.Validate(clock.GetUtcNow()).IsValid(out var letter, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == enterprise.CampaignId, cancellationToken);
        enterprise.SignCommitment(letter, campaign);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EnterpriseResponse.From(enterprise));
    }

    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound, ProblemHttpResult>> AttachDocument(
        Guid id, HttpRequest request, ClaimsPrincipal caller, RegistryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var enterprise = await FindAsync(db.Enterprises, id, caller, cancellationToken);
        if (enterprise is null)
        {
            return TypedResults.NotFound();
        }
        if (!(await ScannedLetter.ReadAsync(request, cancellationToken)).IsReadable(out var scan, out var refusal))
        {
            return refusal;
        }
        enterprise.AttachCommitmentDocument(new CommitmentDocumentInfo(scan.ContentType, scan.Content.Length, clock.GetUtcNow()));
        var document = await db.CommitmentDocuments.SingleOrDefaultAsync(d => d.EnterpriseId == id, cancellationToken);
        if (document is null)
        {
            db.CommitmentDocuments.Add(CommitmentDocument.Of(id, scan.ContentType, scan.Content));
        }
        else
        {
            document.Replace(scan.ContentType, scan.Content);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EnterpriseResponse.From(enterprise));
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> GetDocument(
        Guid id, ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var region = await db.Enterprises.Where(e => e.Id == id).Select(e => e.RegionCode).SingleOrDefaultAsync(cancellationToken);
        var document = region is not null && caller.MayActFor(region)
            ? await db.CommitmentDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.EnterpriseId == id, cancellationToken)
            : null;
        return document is null ? TypedResults.NotFound() : TypedResults.File(document.Content, document.ContentType);
    }

    /// <summary>The enterprise, or null when it does not exist or is another region's: its existence is not the caller's to know.</summary>
    private static async Task<KeyEnterprise?> FindAsync(
        IQueryable<KeyEnterprise> enterprises, Guid id, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return enterprise is not null && caller.MayActFor(enterprise.RegionCode) ? enterprise : null;
    }

    /// <summary>
    /// The answer to a registration of a code the campaign already holds: the first answer again when it is the same
    /// registration, else 409, pointing at the record only when the caller may see it.
    /// </summary>
    private static Results<Created<EnterpriseResponse>, Ok<EnterpriseResponse>, ProblemHttpResult> AlreadyRegisteredAs(
        KeyEnterprise existing, EnterpriseFacts facts, ClaimsPrincipal caller)
    {
        if (existing.SameRegistrationAs(facts))
        {
            return TypedResults.Ok(EnterpriseResponse.From(existing));
        }
        if (!caller.MayActFor(existing.RegionCode))
        {
            // Another region's record: that it exists is all the caller learns, never its id or region.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: AlreadyRegistered,
                detail: $"Another reporting unit's region holds credit code {existing.CreditCode} in this campaign.");
        }
        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: AlreadyRegistered,
            detail: $"Enterprise {existing.Id} holds credit code {existing.CreditCode}.",
            instance: $"{Path}/{existing.Id}",
            extensions: new Dictionary<string, object?> { ["existingId"] = existing.Id });
    }
}

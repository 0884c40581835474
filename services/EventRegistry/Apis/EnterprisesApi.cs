using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public static class EnterprisesApi
{
    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var enterprises = app.MapGroup("/api/registry/enterprises").WithTags("Key enterprises");

        enterprises.MapPost("/", Register)
            .WithName("RegisterEnterprise")
            .WithSummary("Register a key enterprise by its unified social credit code (own region)")
            .WithDescription("A code is registered once per campaign. Repeating the same registration answers the first result (200); "
                + "a different one answers 409, pointing at the existing record when the caller may see it. The code's registering "
                + "authority (characters 3-8) must lie in the region (422 on creditCode otherwise); the ministry may register elsewhere, "
                + "and the record then carries registeredOutOfRegion with who did it and the outOfRegionReason given.")
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
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        enterprises.MapGet("/{id:guid}/commitment/document", GetDocument).WithName("GetCommitmentDocument")
            .WithSummary("Download the scanned commitment letter")
            .RequireRead(Scopes.Registry);
        return app;
    }

    internal static async Task<Results<Created<EnterpriseResponse>, Ok<EnterpriseResponse>, ProblemHttpResult>> Register(
        EnterpriseRegistration registration,
        ClaimsPrincipal caller,
        RegistryDbContext db,
        CampaignDirectory campaigns,
        IEventOutbox outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = registration.Validate(out var creditCode);
        var campaign = await campaigns.FindAsync(registration.CampaignId, cancellationToken);
        if (campaign is null)
        {
            errors.Add("campaignId", "No such campaign.");
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }
        if (!caller.MayActFor(registration.RegionCode!))
        {
            return RegionForbidden(caller, registration.RegionCode!);
        }
        OutOfRegionRegistration? outOfRegion = null;
        if (!RegistrationDivision.BelongsTo(creditCode!, registration.RegionCode!))
        {
            // Only the ministry places an enterprise outside its authority's region, and that is kept on the record.
            if (!caller.IsMinistry())
            {
                var mismatch = RegistrationDivision.Mismatch(creditCode!, registration.RegionCode!);
                return RequestErrors.Of("creditCode", mismatch).ToUnprocessableEntity();
            }
            outOfRegion = new OutOfRegionRegistration(
                caller.ClientId() ?? ClientKinds.Ministry,
                RegistrationDivision.OwnerOf(creditCode!.AuthorityDivisionCode)?.Code,
                string.IsNullOrWhiteSpace(registration.OutOfRegionReason) ? null : registration.OutOfRegionReason.Trim());
        }

        var enterprise = KeyEnterprise.Register(campaign!.Id, creditCode!, registration.Name!, registration.RegionCode!,
            registration.Address, registration.Industry, registration.ContactValue(), clock.GetUtcNow(), outOfRegion);
        db.Enterprises.Add(enterprise);
        outbox.Enqueue(new EnterpriseRegistered
        {
            EnterpriseId = enterprise.Id,
            CampaignId = enterprise.CampaignId,
            CreditCode = enterprise.CreditCode,
            Name = enterprise.Name,
            RegionCode = enterprise.RegionCode,
            CampaignCode = campaign.Code,
            CampaignEndsOn = campaign.Window.End,
            RegisteredAt = enterprise.RegisteredAt,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"/api/registry/enterprises/{enterprise.Id}", EnterpriseResponse.From(enterprise));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            var existing = await db.Enterprises.AsNoTracking().SingleAsync(e => e.CampaignId == campaign.Id && e.CreditCode == enterprise.CreditCode, cancellationToken);
            if (existing.SameRegistrationAs(registration.Name!, registration.RegionCode!, registration.Address, registration.Industry))
            {
                return TypedResults.Ok(EnterpriseResponse.From(existing));
            }
            if (!caller.MayActFor(existing.RegionCode))
            {
                // Another region's record: that it exists is all the caller learns, never its id or region.
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This credit code is already registered.",
                    detail: $"Another reporting unit's region holds credit code {existing.CreditCode} in this campaign.");
            }
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This credit code is already registered.",
                detail: $"Enterprise {existing.Id} holds credit code {existing.CreditCode}.",
                instance: $"/api/registry/enterprises/{existing.Id}",
                extensions: new Dictionary<string, object?> { ["existingId"] = existing.Id });
        }
    }

    internal static async Task<Results<Ok<PagedList<EnterpriseResponse>>, ValidationProblem>> List(
        ClaimsPrincipal caller, RegistryDbContext db, string? regionCode, string? creditCode, Guid? campaignId, int? page, int? pageSize, CancellationToken cancellationToken)
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
        return TypedResults.Ok(new PagedList<EnterpriseResponse>([.. items.Select(EnterpriseResponse.From)], paging.Page, paging.PageSize, total));
    }

    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound>> Get(Guid id, ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        // Another region's record answers as if it did not exist: its existence is not the caller's to know.
        return enterprise is null || !caller.MayActFor(enterprise.RegionCode) ? TypedResults.NotFound() : TypedResults.Ok(EnterpriseResponse.From(enterprise));
    }

    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound, ProblemHttpResult>> SignCommitment(
        Guid id, CommitmentRequest request, ClaimsPrincipal caller, RegistryDbContext db, IEventOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null || !caller.MayActFor(enterprise.RegionCode))
        {
            return TypedResults.NotFound();
        }
        var errors = request.Validate();
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity();
        }
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == enterprise.CampaignId, cancellationToken);
        enterprise.SignCommitment(new CommitmentLetter(true, true, true, request.Signatory!.Trim(), request.SignatoryTitle!.Trim(), request.SignedOn!.Value, clock.GetUtcNow()));
        outbox.Enqueue(new CommitmentSigned
        {
            EnterpriseId = enterprise.Id,
            CampaignId = enterprise.CampaignId,
            CreditCode = enterprise.CreditCode,
            RegionCode = enterprise.RegionCode,
            CampaignCode = campaign?.Code,
            CampaignEndsOn = campaign?.Window.End,
            SignedOn = request.SignedOn!.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EnterpriseResponse.From(enterprise));
    }

    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound, ProblemHttpResult>> AttachDocument(
        Guid id, HttpRequest request, ClaimsPrincipal caller, RegistryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null || !caller.MayActFor(enterprise.RegionCode))
        {
            return TypedResults.NotFound();
        }
        if (enterprise.Commitment is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Sign the commitment letter before attaching its scanned copy.");
        }
        if (request.ContentLength > CommitmentDocument.MaxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The scanned letter has at most {CommitmentDocument.MaxBytes / 1024 / 1024} MB.");
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > CommitmentDocument.MaxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The scanned letter has at most {CommitmentDocument.MaxBytes / 1024 / 1024} MB.");
        }
        var content = buffer.ToArray();
        var sniffed = CommitmentDocument.SniffContentType(content);
        if (sniffed is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The scanned letter is a PDF, PNG or JPEG file.",
                detail: $"The bytes sent are none of these (declared: {request.ContentType ?? "nothing"}).");
        }

        var document = await db.CommitmentDocuments.SingleOrDefaultAsync(d => d.EnterpriseId == id, cancellationToken);
        if (document is null)
        {
            db.CommitmentDocuments.Add(new CommitmentDocument { EnterpriseId = id, ContentType = sniffed, Content = content });
        }
        else
        {
            document.ContentType = sniffed;
            document.Content = content;
        }
        enterprise.AttachCommitmentDocument(new CommitmentDocumentInfo(sniffed, content.Length, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EnterpriseResponse.From(enterprise));
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> GetDocument(Guid id, ClaimsPrincipal caller, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var region = await db.Enterprises.Where(e => e.Id == id).Select(e => e.RegionCode).SingleOrDefaultAsync(cancellationToken);
        var document = region is not null && caller.MayActFor(region)
            ? await db.CommitmentDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.EnterpriseId == id, cancellationToken)
            : null;
        return document is null ? TypedResults.NotFound() : TypedResults.File(document.Content, document.ContentType);
    }

    internal static ProblemHttpResult RegionForbidden(ClaimsPrincipal caller, string regionCode) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A reporting unit acts for its own region only.",
            detail: $"This client is bound to region {caller.BoundRegion()}; the record is in {regionCode}.");
}

using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

public sealed record ContactRequest(string? Name, string? Title, string? Phone, string? Email);

public sealed record ContactsRequest(ContactRequest? Responsible, List<ContactRequest>? Deputies);

/// <summary>Each unit names its responsible person and deputies; only the unit and the ministry ever see them.</summary>
public static class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var contacts = app.MapGroup("/api/statistics/units/{regionCode}/contacts").WithTags("Responsible contacts");
        contacts.MapGet("/", Get).WithName("GetUnitContacts").WithSummary("The unit's responsible person and deputies (the unit and the ministry only)")
            .RequireRead(Scopes.Statistics);
        contacts.MapPut("/", Put).WithName("PutUnitContacts").WithSummary("Name the unit's responsible person (required before reporting) and deputies")
            .RequireWrite(Scopes.Statistics)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<UnitContacts>, NotFound>> Get(string regionCode, ClaimsPrincipal caller, StatisticsDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.NotFound();
        }
        var contacts = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.RegionCode == regionCode, cancellationToken);
        return contacts is null ? TypedResults.NotFound() : TypedResults.Ok(contacts);
    }

    internal static async Task<Results<Ok<UnitContacts>, ForbidHttpResult, NotFound, ProblemHttpResult>> Put(
        string regionCode, ContactsRequest request, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.Forbid();
        }
        if (!ReportingUnits.IsKnown(regionCode))
        {
            return TypedResults.NotFound();
        }
        var errors = new RequestErrors();
        var responsible = Validate(request.Responsible, "responsible", errors);
        var deputies = (request.Deputies ?? []).Select((d, i) => Validate(d, $"deputies[{i}]", errors)).ToList();
        if (errors.Any || responsible is null)
        {
            return (errors.Any ? errors : RequestErrors.Of("responsible", "A responsible person is required."))
                .ToUnprocessableEntity("The contacts are incomplete or malformed.");
        }
        var contacts = await db.Contacts.SingleOrDefaultAsync(c => c.RegionCode == regionCode, cancellationToken);
        if (contacts is null)
        {
            contacts = new UnitContacts { RegionCode = regionCode, Responsible = responsible, UpdatedBy = "" };
            db.Contacts.Add(contacts);
        }
        contacts.Responsible = responsible;
        contacts.Deputies = [.. deputies.OfType<ContactPerson>()];
        contacts.UpdatedAt = clock.GetUtcNow();
        contacts.UpdatedBy = caller.ClientId() ?? "unknown";
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(contacts);
    }

    private static ContactPerson? Validate(ContactRequest? contact, string field, RequestErrors errors)
    {
        if (contact is null)
        {
            errors.Add(field, "A person with name, title, phone and email is required.");
            return null;
        }
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Length > 100)
        {
            errors.Add($"{field}.name", "A name of at most 100 characters is required.");
        }
        if (string.IsNullOrWhiteSpace(contact.Title) || contact.Title.Length > 100)
        {
            errors.Add($"{field}.title", "A title of at most 100 characters is required.");
        }
        if (contact.Phone is null || !IsPhone(contact.Phone))
        {
            errors.Add($"{field}.phone", "A phone number (digits, with an optional + and hyphens, 7 to 20 characters) is required.");
        }
        if (contact.Email is null || contact.Email.Length > 200 || !MailAddress.TryCreate(contact.Email, out var address) || address.Address != contact.Email.Trim())
        {
            errors.Add($"{field}.email", "An email address is required.");
        }
        return errors.Count == before ? new ContactPerson(contact.Name!.Trim(), contact.Title!.Trim(), contact.Phone!.Trim(), contact.Email!.Trim()) : null;
    }

    private static bool IsPhone(string phone)
    {
        var trimmed = phone.Trim();
        return trimmed.Length is >= 7 and <= 20 && trimmed.Select((c, i) => char.IsAsciiDigit(c) || c == '-' || (c == '+' && i == 0)).All(ok => ok);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of POST /api/complaints/cases, as a hotline posts it.</summary>
public sealed record CaseRequest(
    string? HotlineReference,
    string? Channel,
    DateTimeOffset? ReceivedAt,
    string? Kind,
    string? Category,
    PartyRequest? Complainant,
    RespondentRequest? Respondent,
    Guid? ActivityId,
    string? Description,
    decimal? AmountInvolved,
    string[]? AttachmentLinks) : IDocumentedExample<CaseRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static CaseRequest Example => new(
        "12315-20200912-000123",
        "phone",
        new DateTimeOffset(2020, 9, 12, 14, 30, 0, TimeSpan.FromHours(8)),
        "complaint",
        "falseAdvertising",
        new PartyRequest("张伟", "13700137000", "上海市静安区"),
        new RespondentRequest("上海百联集团股份有限公司", "91310000MA1FL1234Q", "上海市黄浦区南京东路830号", "310000"),
        null,
        "促销海报标示“全场五折”，结账时仅部分商品打折。",
        1280m,
        []);

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The intake, or every missing or malformed field by name (the rejection grounds of the rules: names, phone,
    /// address, respondent, claim and facts for a complaint; a report may come without the reporter's details).
    /// </summary>
    public Validated<CaseIntake> Validate(DateTimeOffset now)
    {
        var errors = new RequestErrors();
        var kind = QueryValues.Enum<CaseKind>(Kind, "kind", errors);
        var category = QueryValues.Enum<CaseCategory>(Category, "category", errors);
        Require(Kind, "kind", "The kind is required: complaint or report.", errors);
        Require(Category, "category", "The category is required.", errors);
        var reference = HotlineReference?.Trim();
        if (string.IsNullOrWhiteSpace(HotlineReference) || HotlineReference.Length > 64)
        {
            errors.Add("hotlineReference", "The hotline's own case reference (1 to 64 characters) is required.");
        }
        var channel = Require(Channel, "channel", "The channel (phone, web, app, …) is required.", errors);
        if (ReceivedAt is null || ReceivedAt > now + ClockSkew)
        {
            errors.Add("receivedAt", "The time the hotline received the case is required, and not in the future.");
        }
        if (kind == CaseKind.Complaint)
        {
            Require(Complainant?.Name, "complainant.name", "A complaint names the complainant.", errors);
            Require(Complainant?.Phone, "complainant.phone", "A complaint gives the complainant's phone number.", errors);
            Require(Complainant?.Address, "complainant.address", "A complaint gives the complainant's address.", errors);
        }
        var respondent = ValidateRespondent(errors);
        var description = Description?.Trim();
        if (string.IsNullOrWhiteSpace(Description) || Description.Length > ComplaintCase.MaxDescriptionLength)
        {
            errors.Add("description", $"The facts and the claim (1 to {ComplaintCase.MaxDescriptionLength} characters) are required.");
        }
        if (AmountInvolved is < 0 or > ComplaintCase.MaxAmountInvolved
            || (AmountInvolved is { } amount && decimal.Round(amount, 2) != amount))
        {
            errors.Add("amountInvolved",
                $"An amount in yuan, from 0 to {ComplaintCase.MaxAmountInvolved:0.00}, with at most two decimals.");
        }
        if ((AttachmentLinks ?? []).Any(link =>
            !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add("attachmentLinks", "Attachment links are http(s) addresses.");
        }
        // Each value below is present whenever no error was recorded; the pattern only lets the compiler see it.
        return errors.Any || reference is null || channel is null || ReceivedAt is not { } receivedAt || kind is not { } validKind
            || category is not { } validCategory || respondent is null || description is null
            ? Validated.Invalid<CaseIntake>(errors)
            : Validated.Valid(new CaseIntake(
                reference,
                channel,
                receivedAt,
                validKind,
                validCategory,
                new Complainant(Complainant?.Name?.Trim(), Complainant?.Phone?.Trim(), Complainant?.Address?.Trim()),
                respondent,
                ActivityId,
                description,
                AmountInvolved,
                AttachmentLinks ?? []));
    }

    /// <summary>The body as posted, hashed: a repeated reference with the same digest is a retry.</summary>
    public string Digest() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this))));

    private Respondent? ValidateRespondent(RequestErrors errors)
    {
        var name = Require(Respondent?.Name, "respondent.name", "The respondent (the business complained about) is required.", errors);
        if (Respondent?.CreditCode is { } code && !UnifiedSocialCreditCode.TryParse(code, out _, out var codeError))
        {
            errors.Add("respondent.creditCode", codeError);
        }
        if (Respondent?.RegionCode is { } region && !ReportingUnits.IsKnown(region))
        {
            errors.Add("respondent.regionCode", "The region code must be the 6-digit code of one of the 37 reporting units.");
        }
        return name is null || Respondent is null
            ? null
            : new Respondent(name, Respondent.CreditCode?.Trim().ToUpperInvariant(), Respondent.Address?.Trim(), Respondent.RegionCode);
    }

    /// <returns>The trimmed text, or null after recording the field's error.</returns>
    private static string? Require(string? value, string field, string message, RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
            return null;
        }
        return value.Trim();
    }
}

using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

public sealed record ContactRequest(string? Name, string? Title, string? Phone, string? Email);

/// <summary>The body of POST /api/registry/enterprises.</summary>
public sealed record EnterpriseRegistration(
    Guid? CampaignId,
    string? CreditCode,
    string? Name,
    string? RegionCode,
    string? Address,
    string? Industry,
    ContactRequest? Contact = null,
    string? OutOfRegionReason = null) : IDocumentedExample<EnterpriseRegistration>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static EnterpriseRegistration Example => new(
        Guid.Parse("0194c9e2-5a00-7000-8000-000000002020"),
        "91310000MA1FL1234Q",
        "上海百联集团股份有限公司",
        "310000",
        "上海市黄浦区南京东路830号",
        "retail",
        new ContactRequest("王敏", "市场部经理", "021-63223344", "wangmin@example.cn"));

    public const int MaxReasonLength = 500;

    /// <summary>
    /// The facts with the parsed credit code, for <paramref name="campaign"/> (the one named, null when there is none);
    /// or every field that is wrong, by name, so a partner fixes them all in one go.
    /// </summary>
    public Validated<EnterpriseIntake> Validate(Campaign? campaign)
    {
        var errors = new RequestErrors();
        if (!UnifiedSocialCreditCode.TryParse(CreditCode, out var creditCode, out var codeError))
        {
            errors.Add("creditCode", codeError);
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("name", "The enterprise's name is required.");
        }
        else if (Name.Trim().Length > KeyEnterprise.MaxNameLength)
        {
            errors.Add("name", $"The name has at most {KeyEnterprise.MaxNameLength} characters.");
        }
        if (!ReportingUnits.IsKnown(RegionCode))
        {
            errors.Add("regionCode", "The region code must be the 6-digit code of one of the 37 reporting units.");
        }
        if (Address?.Trim().Length > KeyEnterprise.MaxAddressLength)
        {
            errors.Add("address", $"The address has at most {KeyEnterprise.MaxAddressLength} characters.");
        }
        if (Industry?.Trim().Length > KeyEnterprise.MaxIndustryLength)
        {
            errors.Add("industry", $"The industry has at most {KeyEnterprise.MaxIndustryLength} characters.");
        }
        if (OutOfRegionReason?.Trim().Length > MaxReasonLength)
        {
            errors.Add("outOfRegionReason", $"The reason has at most {MaxReasonLength} characters.");
        }
        var contact = ValidateContact(errors);
        if (campaign is null)
        {
            errors.Add("campaignId", "No such campaign.");
        }
        if (errors.Any || creditCode is null || string.IsNullOrWhiteSpace(Name) || RegionCode is null || campaign is null)
        {
            return Validated.Invalid<EnterpriseIntake>(errors);
        }
        var reason = string.IsNullOrWhiteSpace(OutOfRegionReason) ? null : OutOfRegionReason.Trim();
        var facts = new EnterpriseFacts(creditCode, Name.Trim(), RegionCode, Address?.Trim(), Industry?.Trim(), contact, reason);
        return Validated.Valid(new EnterpriseIntake(campaign, facts));
    }

    private EnterpriseContact? ValidateContact(RequestErrors errors)
    {
        if (Contact is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(Contact.Name) || string.IsNullOrWhiteSpace(Contact.Phone))
        {
            errors.Add("contact", "A contact has a name and a phone number.");
            return null;
        }
        return new EnterpriseContact(Contact.Name.Trim(), Contact.Title?.Trim(), Contact.Phone.Trim(), Contact.Email?.Trim());
    }
}

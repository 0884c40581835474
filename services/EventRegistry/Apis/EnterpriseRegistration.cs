using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

public sealed record ContactRequest(string? Name, string? Title, string? Phone, string? Email);

/// <summary>The body of POST /api/registry/enterprises.</summary>
public sealed record EnterpriseRegistration(
    Guid? CampaignId, string? CreditCode, string? Name, string? RegionCode, string? Address, string? Industry, ContactRequest? Contact = null,
    string? OutOfRegionReason = null)
{
    public const int MaxReasonLength = 500;

    /// <summary>Every field that is wrong, by name, so a partner fixes them all in one go.</summary>
    public RequestErrors Validate(out UnifiedSocialCreditCode? creditCode)
    {
        var errors = new RequestErrors();
        if (!UnifiedSocialCreditCode.TryParse(CreditCode, out creditCode, out var codeError))
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
        if (Contact is not null && (string.IsNullOrWhiteSpace(Contact.Name) || string.IsNullOrWhiteSpace(Contact.Phone)))
        {
            errors.Add("contact", "A contact has a name and a phone number.");
        }
        return errors;
    }

    public EnterpriseContact? ContactValue() =>
        Contact is null ? null : new EnterpriseContact(Contact.Name!.Trim(), Contact.Title?.Trim(), Contact.Phone!.Trim(), Contact.Email?.Trim());
}

/// <summary>The body of POST /api/registry/enterprises/{id}/commitment: the three pledges, all required.</summary>
public sealed record CommitmentRequest(bool Safety, bool Integrity, bool SelfDiscipline, string? Signatory, string? SignatoryTitle, DateOnly? SignedOn)
{
    public RequestErrors Validate()
    {
        var errors = new RequestErrors();
        foreach (var (field, pledged) in new[] { ("safety", Safety), ("integrity", Integrity), ("selfDiscipline", SelfDiscipline) })
        {
            if (!pledged)
            {
                errors.Add(field, "The letter holds all three pledges: safety, integrity and industry self-discipline.");
            }
        }
        if (string.IsNullOrWhiteSpace(Signatory))
        {
            errors.Add("signatory", "The signatory's name is required.");
        }
        if (string.IsNullOrWhiteSpace(SignatoryTitle))
        {
            errors.Add("signatoryTitle", "The signatory's title is required.");
        }
        if (SignedOn is null)
        {
            errors.Add("signedOn", "The date of signing is required.");
        }
        return errors;
    }
}

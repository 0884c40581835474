using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of POST /api/registry/enterprises.</summary>
public sealed record EnterpriseRegistration(string? CreditCode, string? Name, string? RegionCode, string? Address, string? Industry)
{
    /// <summary>Every field that is wrong, by name, so a partner fixes them all in one go.</summary>
    public Dictionary<string, string[]> Validate(out UnifiedSocialCreditCode? creditCode)
    {
        var errors = new Dictionary<string, string[]>();
        if (!UnifiedSocialCreditCode.TryParse(CreditCode, out creditCode, out var codeError))
        {
            errors["creditCode"] = [codeError];
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors["name"] = ["The enterprise's name is required."];
        }
        else if (Name.Trim().Length > KeyEnterprise.MaxNameLength)
        {
            errors["name"] = [$"The name has at most {KeyEnterprise.MaxNameLength} characters."];
        }
        if (!ReportingUnits.IsKnown(RegionCode))
        {
            errors["regionCode"] = ["The region code must be the 6-digit code of one of the 37 reporting units."];
        }
        if (Address?.Trim().Length > KeyEnterprise.MaxAddressLength)
        {
            errors["address"] = [$"The address has at most {KeyEnterprise.MaxAddressLength} characters."];
        }
        if (Industry?.Trim().Length > KeyEnterprise.MaxIndustryLength)
        {
            errors["industry"] = [$"The industry has at most {KeyEnterprise.MaxIndustryLength} characters."];
        }
        return errors;
    }
}

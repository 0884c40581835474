using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>A key enterprise (重点企业) registered for a campaign by the reporting unit of its region.</summary>
public sealed class KeyEnterprise : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxIndustryLength = 100;
    public const string UnsignedTitle = "Sign the commitment letter before attaching its scanned copy.";

    private KeyEnterprise()
    {
    }

    public Guid Id { get; private init; }
    public Guid CampaignId { get; private init; }
    public string CreditCode { get; private init; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string RegionCode { get; private init; } = string.Empty;
    public string? Address { get; private set; }
    public string? Industry { get; private set; }
    public EnterpriseContact? Contact { get; private set; }
    public CommitmentLetter? Commitment { get; private set; }
    public DateTimeOffset RegisteredAt { get; private init; }

    /// <summary>Set when the ministry registered the enterprise in a region its credit code's authority is not in.</summary>
    public OutOfRegionRegistration? OutOfRegion { get; private init; }

    /// <summary>
    /// Registers the enterprise for <paramref name="campaign"/>. A credit code issued outside the region is refused
    /// (on creditCode) unless the ministry registers it, and then the record keeps who did, from where and why.
    /// </summary>
    public static Validated<KeyEnterprise> Register(Campaign campaign, EnterpriseFacts facts, Registrar registrar, DateTimeOffset now)
    {
        OutOfRegionRegistration? outOfRegion = null;
        if (!RegistrationDivision.BelongsTo(facts.CreditCode, facts.RegionCode))
        {
            if (!registrar.IsMinistry)
            {
                return Validated.Invalid<KeyEnterprise>(
                    RequestErrors.Of("creditCode", RegistrationDivision.Mismatch(facts.CreditCode, facts.RegionCode)));
            }
            var authorityRegion = RegistrationDivision.OwnerOf(facts.CreditCode.AuthorityDivisionCode)?.Code;
            outOfRegion = new OutOfRegionRegistration(registrar.By, authorityRegion, facts.OutOfRegionReason);
        }
        var enterprise = new KeyEnterprise
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            CreditCode = facts.CreditCode.Value,
            Name = facts.Name.Trim(),
            RegionCode = facts.RegionCode,
            Address = facts.Address?.Trim(),
            Industry = facts.Industry?.Trim(),
            Contact = facts.Contact,
            RegisteredAt = now,
            OutOfRegion = outOfRegion,
        };
        enterprise.Raise(new EnterpriseRegisteredDomainEvent(enterprise, campaign));
        return Validated.Valid(enterprise);
    }

    /// <summary>Whether a repeated registration carries the same facts, so a retried POST can get the first answer.</summary>
    public bool SameRegistrationAs(EnterpriseFacts facts) =>
        Name == facts.Name.Trim() && RegionCode == facts.RegionCode
        && Address == facts.Address?.Trim() && Industry == facts.Industry?.Trim();

    /// <summary>
    /// Records the signed commitment letter (安全、诚信、行业自律承诺书); a later letter replaces an earlier one and
    /// keeps its scanned copy. <paramref name="campaign"/> is the enterprise's own.
    /// </summary>
    public void SignCommitment(CommitmentLetter letter, Campaign? campaign)
    {
        Commitment = letter with { Document = Commitment?.Document };
        Raise(new CommitmentSignedDomainEvent(this, campaign, letter.SignedOn));
    }

    public void AttachCommitmentDocument(CommitmentDocumentInfo document)
    {
        if (Commitment is null)
        {
            throw new ConflictException($"Enterprise {Id} has no signed commitment letter yet.", UnsignedTitle);
        }
        Commitment = Commitment with { Document = document };
    }
}

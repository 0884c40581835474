using PromoMonth.Contracts;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>A key enterprise (重点企业) registered for a campaign by the reporting unit of its region.</summary>
public sealed class KeyEnterprise
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxIndustryLength = 100;

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

    public static KeyEnterprise Register(Guid campaignId, UnifiedSocialCreditCode creditCode, string name, string regionCode,
        string? address, string? industry, EnterpriseContact? contact, DateTimeOffset now, OutOfRegionRegistration? outOfRegion = null) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaignId,
            CreditCode = creditCode.Value,
            Name = name.Trim(),
            RegionCode = regionCode,
            Address = address?.Trim(),
            Industry = industry?.Trim(),
            Contact = contact,
            RegisteredAt = now,
            OutOfRegion = outOfRegion,
        };

    /// <summary>Whether a repeated registration carries the same facts, so a retried POST can get the first answer.</summary>
    public bool SameRegistrationAs(string name, string regionCode, string? address, string? industry) =>
        Name == name.Trim() && RegionCode == regionCode && Address == address?.Trim() && Industry == industry?.Trim();

    /// <summary>Records the signed commitment letter (安全、诚信、行业自律承诺书); a later letter replaces an earlier one.</summary>
    public void SignCommitment(CommitmentLetter letter) => Commitment = letter with { Document = Commitment?.Document };

    public void AttachCommitmentDocument(CommitmentDocumentInfo document)
    {
        if (Commitment is null)
        {
            throw new InvalidTransitionException("Sign the commitment letter before attaching its scanned copy.");
        }
        Commitment = Commitment with { Document = document };
    }
}

/// <summary>
/// The audit of a registration outside the region of the code's issuing authority (an enterprise that moved, say): only the
/// ministry may make one; who did, the region the authority lies in (null when no unit's) and the reason given.
/// </summary>
public sealed record OutOfRegionRegistration(string RegisteredBy, string? AuthorityRegion, string? Reason);

/// <summary>The enterprise's named contact: personal data, never in a public view.</summary>
public sealed record EnterpriseContact(string Name, string? Title, string Phone, string? Email);

/// <summary>The three pledges of the notice, who signed them and when; the scanned copy is optional.</summary>
public sealed record CommitmentLetter(bool Safety, bool Integrity, bool SelfDiscipline, string Signatory, string SignatoryTitle, DateOnly SignedOn, DateTimeOffset RecordedAt)
{
    public CommitmentDocumentInfo? Document { get; init; }
}

public sealed record CommitmentDocumentInfo(string ContentType, long SizeBytes, DateTimeOffset UploadedAt);

namespace PromoMonth.EventRegistry.Domain;

/// <summary>A key enterprise (重点企业) registered by the reporting unit of its region.</summary>
public sealed class KeyEnterprise
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxIndustryLength = 100;

    private KeyEnterprise()
    {
    }

    public Guid Id { get; private init; }
    public string CreditCode { get; private init; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string RegionCode { get; private init; } = string.Empty;
    public string? Address { get; private set; }
    public string? Industry { get; private set; }
    public DateTimeOffset RegisteredAt { get; private init; }

    public static KeyEnterprise Register(UnifiedSocialCreditCode creditCode, string name, string regionCode, string? address, string? industry, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = creditCode.Value,
            Name = name.Trim(),
            RegionCode = regionCode,
            Address = address?.Trim(),
            Industry = industry?.Trim(),
            RegisteredAt = now,
        };

    /// <summary>Whether a repeated registration carries the same facts, so a retried POST can get the first answer.</summary>
    public bool SameRegistrationAs(string name, string regionCode, string? address, string? industry) =>
        Name == name.Trim() && RegionCode == regionCode && Address == address?.Trim() && Industry == industry?.Trim();
}

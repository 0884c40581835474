using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Credentials;

/// <summary>What a status list's bit says of a licence (W3C Bitstring Status List statusPurpose).</summary>
public enum StatusPurpose
{
    /// <summary>Set for good once the licence is revoked.</summary>
    Revocation,

    /// <summary>Set while the licence is suspended; a reinstatement clears it.</summary>
    Suspension,
}

/// <summary>The purposes as the specification spells them, and which stored status sets each bit.</summary>
public static class StatusPurposes
{
    public static IReadOnlyList<StatusPurpose> All { get; } = [StatusPurpose.Revocation, StatusPurpose.Suspension];

    public static string Wire(this StatusPurpose purpose) => purpose == StatusPurpose.Revocation ? "revocation" : "suspension";

    public static StatusPurpose? Parse(string? wire) => wire switch
    {
        "revocation" => StatusPurpose.Revocation,
        "suspension" => StatusPurpose.Suspension,
        _ => null,
    };

    /// <summary>The stored status whose licences have this purpose's bit set (expiry is read off validUntil, never a bit).</summary>
    public static LicenseStatus SetBy(this StatusPurpose purpose) =>
        purpose == StatusPurpose.Revocation ? LicenseStatus.Revoked : LicenseStatus.Suspended;
}

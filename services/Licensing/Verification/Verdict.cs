using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Verification;

/// <summary>
/// How a verification reads to a person: words, symbol and colour together, so no one misreads it. The online page
/// and the offline page both take them from here, so a sticker checked either way says the same thing.
/// </summary>
public sealed record Verdict(string State, string Words, string Symbol, string Colour, string Explanation)
{
    public static readonly Verdict Active = new("active", "有效授权", "✔", "#1a7f37", "该主体已获授权使用活动名称和统一标识。");

    public static readonly Verdict Suspended =
        new("suspended", "授权已暂停", "!", "#b35900", "该授权因投诉查处正在复核，暂停期间不得使用活动名称和标识。");

    public static readonly Verdict Revoked = new("revoked", "授权已撤销", "✖", "#c62828", "该授权已被撤销，使用活动名称和标识属于违规行为。");

    public static readonly Verdict Expired = new("expired", "授权已过期", "⌛", "#5f6368", "该授权已超过有效期。");

    public static readonly Verdict NotFound =
        new("notfound", "未查到该授权", "?", "#c62828", "授权编号不存在。请警惕假冒标识，可拨打12315投诉举报。");

    /// <summary>Offline only: the credential's signature does not hold (tampered, forged, or signed by an unknown key).</summary>
    public static readonly Verdict Invalid =
        new("invalid", "凭证无效", "✖", "#c62828", "凭证签名无法验证，可能被篡改或伪造。请警惕假冒标识，可拨打12315投诉举报。");

    public static IReadOnlyList<Verdict> All { get; } = [Active, Suspended, Revoked, Expired, NotFound, Invalid];

    public static Verdict For(LicenseStatus? status) => status switch
    {
        LicenseStatus.Active => Active,
        LicenseStatus.Suspended => Suspended,
        LicenseStatus.Revoked => Revoked,
        LicenseStatus.Expired => Expired,
        _ => NotFound,
    };
}

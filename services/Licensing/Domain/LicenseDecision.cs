using System.Diagnostics.CodeAnalysis;

namespace PromoMonth.Licensing.Domain;

/// <summary>The answer of <see cref="LicenseEligibility"/>: the terms a licence may be granted on, or why not.</summary>
public sealed class LicenseDecision
{
    private readonly LicenseTerms? _terms;
    private readonly LicenseRefusal? _refusal;

    private LicenseDecision(LicenseTerms? terms, LicenseRefusal? refusal)
    {
        _terms = terms;
        _refusal = refusal;
    }

    public static LicenseDecision Grant(LicenseTerms terms) => new(terms, null);

    public static LicenseDecision Refuse(LicenseRefusalKind kind, string reason) => new(null, new LicenseRefusal(kind, reason));

    public bool IsGranted([NotNullWhen(true)] out LicenseTerms? terms, [NotNullWhen(false)] out LicenseRefusal? refusal)
    {
        terms = _terms;
        refusal = _refusal;
        return _refusal is null && _terms is not null;
    }
}

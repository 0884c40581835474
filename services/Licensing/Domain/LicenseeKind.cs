namespace PromoMonth.Licensing.Domain;

/// <summary>What a licence is granted to: an approved catalog activity or a committed key enterprise.</summary>
public enum LicenseeKind
{
    Activity,
    Enterprise,
}

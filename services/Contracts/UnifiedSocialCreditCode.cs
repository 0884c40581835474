using System.Diagnostics.CodeAnalysis;

namespace PromoMonth.Contracts;

/// <summary>
/// A unified social credit code (统一社会信用代码) under GB 32100-2015: 18 symbols from a 31-symbol alphabet,
/// the last a check symbol over the first 17.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Positions 3-8: the registering authority's administrative division.</summary>
    public string AuthorityDivisionCode => Value.Substring(2, 6);

    /// <summary>Parses a code (case-insensitive, surrounding spaces ignored) or says exactly what is wrong with it.</summary>
    public static bool TryParse(
        string? input, [NotNullWhen(true)] out UnifiedSocialCreditCode? code, [NotNullWhen(false)] out string? error)
    {
        code = null;
        var candidate = input?.Trim().ToUpperInvariant() ?? string.Empty;
        if (candidate.Length != Length)
        {
            error = $"A unified social credit code has {Length} characters; this one has {candidate.Length}.";
            return false;
        }
        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(candidate[i], StringComparison.Ordinal) < 0)
            {
                error = $"Character {i + 1} ('{candidate[i]}') is not allowed: "
                    + "only digits and the letters A-Y without I, O, S, V and Z may appear.";
                return false;
            }
        }
        var expected = CheckSymbol(candidate.AsSpan(0, Length - 1));
        if (candidate[Length - 1] != expected)
        {
            error = $"The check symbol (character 18) is '{candidate[Length - 1]}', but the first 17 characters require '{expected}'.";
            return false;
        }
        code = new UnifiedSocialCreditCode(candidate);
        error = null;
        return true;
    }

    /// <summary>The check symbol at index (31 - (Σ v·w mod 31)) mod 31.</summary>
    public static char CheckSymbol(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public override string ToString() => Value;
}

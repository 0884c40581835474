namespace PromoMonth.DataGenerator;

/// <summary>
/// Unified social credit codes (统一社会信用代码, GB 32100-2015) that the registry accepts: 18 symbols of a 31-symbol
/// alphabet, the last a check symbol over the first 17.
/// </summary>
public static class CreditCodes
{
    public const int Length = 18;
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>"9": registered by the market regulator; "1": an enterprise. Every key enterprise is such a company.</summary>
    private const string EnterpriseOfMarketRegulator = "91";

    /// <summary>
    /// A code for an enterprise registered by the authority of <paramref name="cityCode"/> (positions 3-8), with nine
    /// random symbols standing for the organisation code. Random, so a clash with an existing code is possible and
    /// answered by the registry with 409; the caller then asks for another.
    /// </summary>
    public static string Issue(string cityCode, Random random)
    {
        Span<char> code = stackalloc char[Length];
        EnterpriseOfMarketRegulator.AsSpan().CopyTo(code);
        cityCode.AsSpan().CopyTo(code[2..]);
        for (var i = 8; i < Length - 1; i++)
        {
            code[i] = Alphabet[random.Next(Alphabet.Length)];
        }
        code[Length - 1] = CheckSymbol(code[..(Length - 1)]);
        return new string(code);
    }

    /// <summary>The symbol at index (31 - (Σ index·weight mod 31)) mod 31.</summary>
    public static char CheckSymbol(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public static bool IsValid(string code) =>
        code.Length == Length
        && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
        && code[^1] == CheckSymbol(code.AsSpan(0, Length - 1));
}

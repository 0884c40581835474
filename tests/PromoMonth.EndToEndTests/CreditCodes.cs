namespace PromoMonth.EndToEndTests;

/// <summary>Valid unified social credit codes for test data, computed independently of the registry's own code.</summary>
internal static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static int _serial = Random.Shared.Next(0, 1_000_000);

    public static string WithCheckSymbol(string first17)
    {
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return first17 + Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>A fresh code registered by an authority in <paramref name="regionCode"/>; never the same twice in a run.</summary>
    public static string Fresh(string regionCode)
    {
        var serial = Interlocked.Increment(ref _serial) % 10_000_000;
        return WithCheckSymbol($"91{regionCode}MA{serial:D7}");
    }
}

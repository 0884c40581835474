using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.UnitTests.Registry;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91110000600037341L")]
    [InlineData("91310000MA1FL1234Q")]
    public void Accepts_codes_whose_check_symbol_matches(string input)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code, out var error), error);
        Assert.Equal(input, code.Value);
    }

    [Fact]
    public void Computes_the_check_symbol_of_GB_32100()
    {
        Assert.Equal('L', UnifiedSocialCreditCode.CheckSymbol("91110000600037341"));
        Assert.Equal('Q', UnifiedSocialCreditCode.CheckSymbol("91310000MA1FL1234"));
    }

    [Fact]
    public void Check_symbol_can_be_zero_when_the_sum_is_a_multiple_of_31()
    {
        // Σ v·w ≡ 0 (mod 31) must give index (31 - 0) mod 31 = 0, not 31.
        Assert.Equal('0', UnifiedSocialCreditCode.CheckSymbol("00000000000000000"));
    }

    [Fact]
    public void Normalises_case_and_surrounding_spaces()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("  91310000ma1fl1234q ", out var code, out _));
        Assert.Equal("91310000MA1FL1234Q", code.Value);
        Assert.Equal("310000", code.AuthorityDivisionCode);
    }

    [Fact]
    public void Rejects_a_wrong_check_symbol_and_names_the_one_expected()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91310000MA1FL1234R", out _, out var error));
        Assert.Contains("character 18", error, StringComparison.Ordinal);
        Assert.Contains("'Q'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91310000MA1FL1234", "17")]
    [InlineData("91310000MA1FL1234QQ", "19")]
    [InlineData("", "0")]
    [InlineData(null, "0")]
    public void Rejects_a_wrong_length_and_says_how_long_it_was(string? input, string length)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Contains($"this one has {length}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9131000IMA1FL1234Q", 8, 'I')]
    [InlineData("91310000MA1FL12O4Q", 16, 'O')]
    [InlineData("Z1310000MA1FL1234Q", 1, 'Z')]
    [InlineData("91310000MS1FL1234Q", 10, 'S')]
    [InlineData("91310000MA1FV1234Q", 13, 'V')]
    public void Rejects_a_symbol_outside_the_alphabet_and_names_its_position(string input, int position, char symbol)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Contains($"Character {position} ('{symbol}')", error, StringComparison.Ordinal);
    }
}

public sealed class UnifiedSocialCreditCodeCorruptionTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static IEnumerable<object[]> RealCodes() =>
    [
        ["91110000600037341L"],
        ["91310000MA1FL1234Q"],
    ];

    /// <summary>GB 32100's check symbol catches every single-symbol substitution: all 18 × 30 of them fail.</summary>
    [Theory]
    [MemberData(nameof(RealCodes))]
    public void Every_single_character_corruption_of_a_real_code_fails(string code)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(code, out _, out _));
        var failures = 0;
        for (var position = 0; position < code.Length; position++)
        {
            foreach (var symbol in Alphabet.Where(s => s != code[position]))
            {
                var corrupted = code[..position] + symbol + code[(position + 1)..];
                Assert.False(UnifiedSocialCreditCode.TryParse(corrupted, out _, out var error), $"{corrupted} passed");
                Assert.NotNull(error);
                failures++;
            }
        }
        Assert.Equal(18 * 30, failures);
    }
}

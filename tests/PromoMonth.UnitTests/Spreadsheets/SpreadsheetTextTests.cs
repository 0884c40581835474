using System.Text;
using PromoMonth.ServiceDefaults.Spreadsheets;

namespace PromoMonth.UnitTests.Spreadsheets;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点我\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Text_that_starts_like_a_formula_gets_a_leading_quote(string text)
    {
        Assert.Equal("'" + text, SpreadsheetText.Neutralise(text));
        Assert.True(SpreadsheetText.IsNeutralised(SpreadsheetText.Neutralise(text)));
    }

    [Theory]
    [InlineData("上海某电器商场")]
    [InlineData("A=B")]
    [InlineData("'=already")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_text_is_left_as_it_came(string? text) => Assert.Equal(text, SpreadsheetText.Neutralise(text));

    [Fact]
    public void Neutralising_twice_changes_nothing_more() =>
        Assert.Equal("'=1", SpreadsheetText.Neutralise(SpreadsheetText.Neutralise("=1")));

    [Theory]
    [InlineData(typeof(decimal), true)]
    [InlineData(typeof(decimal?), true)]
    [InlineData(typeof(int), true)]
    [InlineData(typeof(double), true)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(Guid), false)]
    [InlineData(typeof(DateTimeOffset), false)]
    public void Only_numeric_types_are_numbers(Type type, bool number) => Assert.Equal(number, SpreadsheetText.IsNumber(type));
}

public sealed class SpreadsheetCsvWriterTests
{
    [Fact]
    public void Text_fields_are_neutralised_and_quoted_while_numbers_stay_numbers()
    {
        var csv = Write(writer =>
        {
            writer.WriteField("=HYPERLINK(\"http://evil.example\",\"x\")");
            writer.WriteField("-5");
            writer.WriteField(-5m);
            writer.WriteField<object>(-12.5m);
            writer.WriteField("普通文字");
            writer.NextRecord();
        });

        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'-5\",-5,-12.5,普通文字\r\n", csv);
    }

    [Fact]
    public void Records_neutralise_their_text_members_and_leave_numeric_members_alone()
    {
        var csv = Write(writer => writer.WriteRecords(new[] { new { Name = "@cmd", Amount = (decimal?)-399.00m, Count = -3 } }));

        Assert.Equal("Name,Amount,Count\r\n\"'@cmd\",-399.00,-3\r\n", csv);
    }

    private static string Write(Action<SpreadsheetCsvWriter> write)
    {
        using var text = new StringWriter(new StringBuilder());
        using (var writer = new SpreadsheetCsvWriter(text))
        {
            write(writer);
        }
        return text.ToString();
    }
}

using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.UnitTests.Conventions;

public sealed class PageCursorTests
{
    [Theory]
    [InlineData("12")]
    [InlineData("310000")]
    [InlineData("91310000MA1K0000X0")]
    [InlineData("{}")]
    [InlineData("'; DROP TABLE cases; --")]
    [InlineData("%00%0d%0a")]
    [InlineData("控制字符\u0000\u0007 😀")]
    [InlineData("")]
    [InlineData("A")]
    public void A_value_the_list_did_not_give_is_named_not_thrown(string after)
    {
        var errors = new RequestErrors();

        Assert.Null(PageCursor.From(after, errors));
        Assert.True(errors.Any);
    }

    [Fact]
    public void A_cursor_reads_back_as_it_was_written()
    {
        var cursor = new PageCursor(new DateTimeOffset(2020, 9, 9, 8, 0, 0, TimeSpan.Zero), Guid.NewGuid(), 7);

        Assert.Equal(cursor, PageCursor.From(cursor.Encode(), new RequestErrors()));
    }
}

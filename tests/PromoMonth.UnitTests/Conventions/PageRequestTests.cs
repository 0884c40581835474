using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.UnitTests.Conventions;

public sealed class PageRequestTests
{
    [Fact]
    public void No_paging_asked_for_is_the_first_page_of_the_default_size()
    {
        var errors = new RequestErrors();

        var paging = PageRequest.From(null, null, errors);

        Assert.False(errors.Any, errors.ToString());
        Assert.Equal((1, PageRequest.DefaultPageSize, 0), (paging.Page, paging.PageSize, paging.Skip));
    }

    [Fact]
    public void The_default_size_never_exceeds_a_smaller_cap()
    {
        var paging = PageRequest.From(null, null, new RequestErrors(), maxPageSize: 20);

        Assert.Equal(20, paging.PageSize);
    }

    [Theory]
    [InlineData(int.MaxValue, 50, "page")]
    [InlineData(int.MaxValue, 2, "page")]
    [InlineData(42_949_673, 50, "page")]
    [InlineData(0, 50, "page")]
    [InlineData(-1, 50, "page")]
    [InlineData(int.MinValue, 50, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, -5, "pageSize")]
    [InlineData(1, PageRequest.MaxPageSize + 1, "pageSize")]
    [InlineData(1, int.MaxValue, "pageSize")]
    public void Out_of_bounds_paging_is_named_not_clamped_and_never_overflows(int page, int pageSize, string field)
    {
        var errors = new RequestErrors();

        var paging = PageRequest.From(page, pageSize, errors);

        Assert.True(errors.Has(field), string.Join("; ", errors.Fields));
        Assert.True(paging.Skip >= 0);
    }

    [Fact]
    public void The_last_page_whose_offset_fits_is_accepted_and_the_next_is_refused()
    {
        var errors = new RequestErrors();
        var last = int.MaxValue / 50;

        var paging = PageRequest.From(last, 50, errors);
        PageRequest.From(last + 1, 50, errors);

        Assert.Equal((last - 1) * 50, paging.Skip);
        Assert.Contains($"the last page of 50 is {last}", errors["page"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_may_cap_the_page_size_lower()
    {
        var errors = new RequestErrors();

        PageRequest.From(1, 101, errors, maxPageSize: 100);

        Assert.Equal(["pageSize is from 1 to 100."], errors["pageSize"]);
    }
}

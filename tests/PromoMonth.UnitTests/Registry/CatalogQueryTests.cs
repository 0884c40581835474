using PromoMonth.EventRegistry.Catalog;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.UnitTests.Registry;

public sealed class CatalogQueryTests
{
    private static readonly string[] Regions = ["110000", "310000", "440000"];
    private static readonly DateTimeOffset Start = new(2020, 9, 9, 9, 0, 0, TimeSpan.FromHours(8));

    // Several entries share a start, so the order by id decides ties, as the catalog's pages promise.
    private static readonly IReadOnlyList<CatalogEntry> Entries = [.. Enumerable.Range(0, 90).Select(i => Entry(
        new Guid(i * 7919 % 90 + 1, 0, 0, new byte[8]), Regions[i % 3], Start.AddHours(i % 11),
        i % 2 == 0 ? ActivityCategory.NightEconomy : ActivityCategory.Catering))];

    [Theory]
    [InlineData(null, false, 1, 50)]
    [InlineData(null, true, 2, 50)]
    [InlineData("310000", false, 1, 7)]
    [InlineData("310000", true, 3, 7)]
    [InlineData("440000", false, 5, 7)]
    [InlineData("650000", false, 1, 50)]
    public void A_page_is_the_plain_filter_and_sort_of_the_release(string? region, bool descending, int page, int size)
    {
        var query = Query(region, null, descending, page, size);

        var (items, total) = query.Apply(new CatalogIndex(Entries));

        var expected = Plain(Entries.Where(e => region is null || e.RegionCode == region), descending);
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Skip((page - 1) * size).Take(size).Select(e => e.Id), items.Select(e => e.Id));
    }

    [Fact]
    public void A_region_and_a_category_together_count_and_page_what_both_match()
    {
        var query = Query("110000", ActivityCategory.Catering, descending: true, page: 2, size: 4);

        var (items, total) = query.Apply(new CatalogIndex(Entries));

        var expected = Plain(Entries.Where(e => e.RegionCode == "110000" && e.Category == ActivityCategory.Catering), true);
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Skip(4).Take(4).Select(e => e.Id), items.Select(e => e.Id));
    }

    [Fact]
    public void An_activity_is_found_by_its_id_and_an_unknown_one_is_not()
    {
        var index = new CatalogIndex(Entries);

        Assert.Same(Entries[17], index.Find(Entries[17].Id));
        Assert.Null(index.Find(Guid.NewGuid()));
    }

    private static List<CatalogEntry> Plain(IEnumerable<CatalogEntry> entries, bool descending) => descending
        ? [.. entries.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)]
        : [.. entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)];

    private static CatalogQuery Query(string? region, ActivityCategory? category, bool descending, int page, int size) =>
        new(region, null, category, null, DateRange.Unbounded, null, null, descending,
            PageRequest.From(page, size, new RequestErrors()));

    private static CatalogEntry Entry(Guid id, string region, DateTimeOffset startsAt, ActivityCategory category) =>
        new(id, $"活动 {id}", "", region, region, region, "会场", "地址", AttendanceMode.Offline, [], startsAt, startsAt.AddHours(2),
            null, category, "主办单位", null, [], 100, null, ActivityStatus.Approved, [], false, startsAt);
}

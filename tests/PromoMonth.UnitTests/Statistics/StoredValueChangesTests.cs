using System.Text.Json;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.UnitTests.Statistics;

public sealed class StoredValueChangesTests
{
    [Fact]
    public void A_change_is_stored_as_four_items_and_read_back_exactly()
    {
        List<ValueChange> changes =
        [
            new("sales_driven", null, null, 42_599_257.46m),
            new("sales_driven", "city:310100", 1_000.10m, 1_000.00m),
            new("participating_key_enterprises", "enterprise:91310000MA0000001X", 1m, null),
        ];

        var json = JsonSerializer.Serialize(changes, StoredValueChanges.Json);
        var read = JsonSerializer.Deserialize<List<ValueChange>>(json, StoredValueChanges.Json);

        const string Expected = """[["sales_driven",null,null,42599257.46],["sales_driven","city:310100",1000.10,1000.00]""";
        Assert.StartsWith(Expected, json, StringComparison.Ordinal);
        Assert.Equal(changes, read);
        Assert.Equal(2, read![1].New!.Value.Scale);
    }

    [Fact]
    public void Changes_stored_as_objects_before_the_compact_shape_are_still_read()
    {
        const string stored = """[{"new": 3134, "old": null, "breakdown": null, "indicator": "activity_sessions"}]""";

        var read = JsonSerializer.Deserialize<List<ValueChange>>(stored, StoredValueChanges.Json);

        Assert.Equal([new ValueChange("activity_sessions", null, null, 3134m)], read);
    }

    [Theory]
    [InlineData("""[["sales_driven",null,1]]""")]
    [InlineData("""[["sales_driven",null,1,2,3]]""")]
    [InlineData("""["sales_driven"]""")]
    public void A_malformed_stored_change_is_refused_not_guessed(string stored) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<List<ValueChange>>(stored, StoredValueChanges.Json));
}

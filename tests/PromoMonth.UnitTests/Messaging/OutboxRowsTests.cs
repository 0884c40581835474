using System.Diagnostics;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.UnitTests.Messaging;

public sealed class OutboxRowsTests
{
    private static readonly DateTimeOffset Now = new(2020, 9, 9, 8, 0, 0, TimeSpan.Zero);

    private static readonly EnterpriseRegistered Registered = new()
    {
        EnterpriseId = Guid.CreateVersion7(Now),
        CreditCode = "91310000MA1FL1234Q",
        Name = "百联集团",
        RegionCode = "310000",
        RegisteredAt = Now,
    };

    [Fact]
    public void A_row_round_trips_to_the_same_message_and_type()
    {
        var row = OutboxRows.Create(Registered, Now);

        var message = OutboxRows.Deserialize(row, out var type);

        Assert.Equal(typeof(EnterpriseRegistered), type);
        Assert.Equal(Registered, message);
        Assert.Null(row.PublishedAt);
        Assert.Equal(Now, row.NextAttemptAt);
    }

    [Fact]
    public void Row_ids_are_version_7_and_sort_in_creation_order()
    {
        var first = OutboxRows.Create(Registered, Now);
        var second = OutboxRows.Create(Registered, Now.AddMilliseconds(1));

        Assert.Equal(7, first.Id.Version);
        Assert.True(first.Id.CompareTo(second.Id) < 0);
    }

    [Fact]
    public void The_row_carries_the_trace_of_the_request_that_wrote_it()
    {
        using var source = new ActivitySource("test");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "test",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var request = source.StartActivity("POST /api/registry/enterprises");

        var row = OutboxRows.Create(Registered, Now);

        Assert.Equal(request!.Id, row.TraceParent);
    }

    [Fact]
    public void A_type_outside_the_contracts_assembly_is_refused_on_both_sides()
    {
        Assert.Throws<ArgumentException>(() => OutboxRows.Create(new Uri("http://example.test"), Now));

        var forged = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            MessageType = "System.Diagnostics.Process",
            Body = "{}",
            CreatedAt = Now,
            NextAttemptAt = Now,
        };
        Assert.Throws<InvalidOperationException>(() => OutboxRows.Deserialize(forged, out _));
    }
}

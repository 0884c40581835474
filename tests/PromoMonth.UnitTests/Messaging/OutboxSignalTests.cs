using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.UnitTests.Messaging;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task A_notification_before_the_wait_wakes_it_at_once()
    {
        var signal = new OutboxSignal();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Many_notifications_collapse_into_one_wake_up()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        signal.Notify();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_notification_the_wait_ends_at_the_poll_interval()
    {
        var signal = new OutboxSignal();

        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task A_notification_during_the_wait_wakes_it()
    {
        var signal = new OutboxSignal();
        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None);

        signal.Notify();

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
    }
}

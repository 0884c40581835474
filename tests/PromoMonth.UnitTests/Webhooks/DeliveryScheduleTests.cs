using System.Text.Json.Nodes;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Webhooks.Domain;

namespace PromoMonth.UnitTests.Webhooks;

public sealed class DeliveryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2020, 9, 9, 2, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = RetrySchedule.Parse("00:00:05,00:05:00");

    [Fact]
    public void The_default_schedule_is_eight_attempts_over_about_28_hours()
    {
        Assert.Equal(7, RetrySchedule.Default.Delays.Count);
        Assert.Equal(TimeSpan.FromSeconds(5) + TimeSpan.FromMinutes(35) + TimeSpan.FromHours(27), RetrySchedule.Default.Window);
    }

    [Fact]
    public void A_failed_attempt_waits_its_delay_and_the_last_one_fails_the_delivery_keeping_the_receivers_answer()
    {
        var delivery = NewDelivery();
        var firstId = delivery.WebhookId;

        delivery.Record(new AttemptResult(500, "down"), Schedule, Now);
        Assert.Equal((DeliveryStatus.Pending, Now.AddSeconds(5)), (delivery.Status, delivery.NextAttemptAt));
        delivery.Record(new AttemptResult(null, "timeout"), Schedule, Now.AddSeconds(5));
        Assert.Equal((DeliveryStatus.Pending, Now.AddSeconds(5).AddMinutes(5)), (delivery.Status, delivery.NextAttemptAt));
        delivery.Record(new AttemptResult(503, new string('x', 2000)), Schedule, Now.AddMinutes(6));

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(503, delivery.LastStatusCode);
        Assert.Equal(Delivery.AnswerLength, delivery.LastAnswer!.Length);
        Assert.Equal(firstId, delivery.WebhookId);
    }

    [Fact]
    public void A_2xx_delivers_and_a_redrive_starts_the_schedule_again_with_the_same_id()
    {
        var delivery = NewDelivery();
        delivery.Record(new AttemptResult(500, null), Schedule, Now);
        delivery.Record(new AttemptResult(500, null), Schedule, Now);
        delivery.Record(new AttemptResult(500, null), Schedule, Now);
        var id = delivery.WebhookId;

        delivery.Redrive(Now.AddHours(1));
        Assert.Equal((DeliveryStatus.Pending, 0, Now.AddHours(1)), (delivery.Status, delivery.Attempts, delivery.NextAttemptAt));
        delivery.Record(new AttemptResult(204, null), Schedule, Now.AddHours(1));

        Assert.Equal((DeliveryStatus.Delivered, Now.AddHours(1)), (delivery.Status, delivery.DeliveredAt));
        Assert.Equal(id, delivery.WebhookId);
    }

    [Fact]
    public void The_body_is_type_timestamp_and_data_as_Standard_Webhooks_has_it()
    {
        var body = JsonNode.Parse(NewDelivery().Body)!.AsObject();

        Assert.Equal(["type", "timestamp", "data"], body.Select(p => p.Key));
        Assert.Equal("case.accepted", body["type"]!.GetValue<string>());
        Assert.Equal("2020-09-09T02:00:00.000Z", body["timestamp"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    public void A_schedule_with_a_delay_that_is_not_positive_is_refused(string schedule) =>
        Assert.Throws<ArgumentException>(() => RetrySchedule.Parse(schedule));

    private static Delivery NewDelivery()
    {
        var owner = new Subscriber("ministry", ClientKinds.Ministry, null);
        var subscription = Subscription.Register(
            owner, new Uri("https://hooks.example.cn/in"), [EventCatalog.CaseAccepted], null, null, Now);
        var accepted = new WebhookEvent(EventCatalog.Find(EventCatalog.CaseAccepted)!, Now, new JsonObject { ["caseId"] = "c" }, "310000");
        return Delivery.For(subscription, accepted, Now);
    }
}

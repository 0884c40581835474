using System.Diagnostics;
using System.Globalization;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

// The benchmark's peer for event propagation: what the broker alone costs. Publishes persistent messages one at a
// time, each awaited until the broker confirms it, to a durable queue, and times publish → delivery to a consumer
// with manual acknowledgement. Prints one JSON line: {"events", "p50_ms", "p99_ms", "max_ms"}.
// Usage: PromoMonth.BrokerRoundTrip <amqp-uri> [count]
var uri = new Uri(args.Length > 0 ? args[0] : "amqp://guest:guest@localhost:5672/");
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;

var factory = new ConnectionFactory { Uri = uri };
await using var connection = await factory.CreateConnectionAsync();
await using var publisher = await connection.CreateChannelAsync(
    new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
await using var receiver = await connection.CreateChannelAsync();
var declared = await publisher.QueueDeclareAsync($"bench-round-trip-{Guid.NewGuid():N}", durable: true, exclusive: false, autoDelete: true);
var queue = declared.QueueName;

TaskCompletionSource<long> delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
var consumer = new AsyncEventingBasicConsumer(receiver);
consumer.ReceivedAsync += async (_, delivery) =>
{
    var at = Stopwatch.GetTimestamp();
    await receiver.BasicAckAsync(delivery.DeliveryTag, multiple: false);
    delivered.TrySetResult(at);
};
await receiver.BasicConsumeAsync(queue, autoAck: false, consumer);

var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
var body = """{"caseId":"00000000-0000-0000-0000-000000000000","category":"price","responsibleRegion":"310000"}"""u8.ToArray();
var delays = new List<double>(count);
for (var i = 0; i < count + 20; i++)
{
    delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    var sent = Stopwatch.GetTimestamp();
    await publisher.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body);
    var at = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(10));
    if (i >= 20)
    {
        delays.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
    }
}
delays.Sort();
double Percentile(double p) => delays[Math.Max(0, (int)Math.Ceiling(p * delays.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"events\":{delays.Count},\"p50_ms\":{Percentile(0.5):F2},\"p99_ms\":{Percentile(0.99):F2},\"max_ms\":{delays[^1]:F2}}}"));

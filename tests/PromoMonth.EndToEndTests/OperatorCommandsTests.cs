using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PromoMonth.Contracts;
using RabbitMQ.Client;

namespace PromoMonth.EndToEndTests;

/// <summary>The dashboard's operator commands (what an operator does at 2 a.m.), run as the dashboard runs them.</summary>
[Collection(SystemCollection.Name)]
public sealed class OperatorCommandsTests(SystemFixture system)
{
    private const string Region = "640000";
    private const string ErrorQueue = "statistics-complaint-received_error";

    private ResourceCommandService Commands => system.App.Services.GetRequiredService<ResourceCommandService>();

    [Fact]
    public async Task A_message_parked_in_an_error_queue_goes_back_to_work_with_the_command()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var broker = new Uri((await system.App.GetConnectionStringAsync("rabbitmq"))!);
        var before = await CasesCountedAsync(ministry);
        // A good event that failed before a fix, as MassTransit parks it: in the consumer's error queue.
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker));
        await bus.StartAsync();
        try
        {
            var parking = await bus.GetSendEndpoint(new Uri($"queue:{ErrorQueue}"));
            await parking.Send(new ComplaintReceived
            {
                CaseId = Guid.NewGuid(),
                Kind = "complaint",
                Category = "Quality",
                ResponsibleRegion = Region,
                ReceivedAt = DateTimeOffset.UtcNow,
                AcceptanceDueAt = DateTimeOffset.UtcNow.AddDays(9),
            });
        }
        finally
        {
            await bus.StopAsync();
        }
        await Eventually.HoldsAsync(
            () => MessagesInAsync(broker, ErrorQueue), parked => parked >= 1, $"the event to be parked in {ErrorQueue}");
        Assert.Equal(before, await CasesCountedAsync(ministry));

        var result = await Commands.ExecuteCommandAsync("statistics", "requeue-errors");

        Assert.True(result.Success, result.Message);
        await Eventually.HoldsAsync(
            () => CasesCountedAsync(ministry), counted => counted == before + 1, $"statistics to count {before + 1} cases of {Region}");
        Assert.Equal(0u, await MessagesInAsync(broker, ErrorQueue));
    }

    [Theory]
    [InlineData("registry", "relay-outbox")]
    [InlineData("licensing", "relay-outbox")]
    [InlineData("statistics", "relay-outbox")]
    [InlineData("complaints", "relay-outbox")]
    [InlineData("webhooks", "relay-outbox")]
    [InlineData("registry", "requeue-errors")]
    [InlineData("statistics", "check-deadlines")]
    [InlineData("complaints", "check-deadlines")]
    public async Task Every_command_runs_on_its_service(string service, string command)
    {
        var result = await Commands.ExecuteCommandAsync(service, command);

        Assert.True(result.Success, result.Message);
    }

    [Fact]
    public async Task The_operator_endpoints_answer_nobody_but_the_AppHost()
    {
        using var direct = new HttpClient { BaseAddress = system.App.GetEndpoint("statistics", "http") };
        using var withoutKey = await direct.PostAsync("/ops/relay-outbox", null);
        using var wrongKey = new HttpRequestMessage(HttpMethod.Post, "/ops/relay-outbox")
        {
            Headers = { { "X-Operator-Key", new string('0', 64) } },
        };
        using var withWrongKey = await direct.SendAsync(wrongKey);
        // Even the ministry's token finds no such route at the gateway: /ops is not forwarded to any service.
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using var throughGateway = await system.Gateway.SendAsync(HttpMethod.Post, "/ops/relay-outbox", ministry);

        Assert.Equal(HttpStatusCode.NotFound, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withWrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughGateway.StatusCode);
    }

    [Fact]
    public void The_demo_campaign_waits_in_the_dashboard_for_the_operator_to_start_it()
    {
        var model = system.App.Services.GetRequiredService<DistributedApplicationModel>();
        var demo = Assert.Single(model.Resources, r => r.Name == "demo-campaign");
        var notifications = system.App.Services.GetRequiredService<ResourceNotificationService>();

        Assert.Contains(demo.Annotations, a => a is ExplicitStartupAnnotation);
        Assert.True(notifications.TryGetCurrentState(demo.Name, out var state));
        Assert.Equal(KnownResourceStates.NotStarted, state.Snapshot.State?.Text);
    }

    private async Task<int> CasesCountedAsync(string ministry)
    {
        using var answer = await system.Gateway.SendAsync(
            HttpMethod.Get, $"/api/statistics/complaint-counts?regionCode={Region}", ministry);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(r => r.GetProperty("regionCode").GetString() == Region)
            .Where(r => string.Equals(r.GetProperty("category").GetString(), "Quality", StringComparison.OrdinalIgnoreCase))
            .Sum(r => r.GetProperty("received").GetInt32());
    }

    private static async Task<uint> MessagesInAsync(Uri broker, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }
}

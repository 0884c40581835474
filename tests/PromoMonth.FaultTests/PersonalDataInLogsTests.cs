using System.Net;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace PromoMonth.FaultTests;

/// <summary>A complainant's phone number and name never reach a log line, in any service, whatever the case goes through.</summary>
[Collection(SystemCollection.Name)]
public sealed class PersonalDataInLogsTests(SystemFixture system)
{
    private static readonly string[] Services = ["gateway", "registry", "licensing", "statistics", "complaints", "webhooks", "identity"];

    [Fact]
    public async Task No_complainant_phone_or_name_appears_in_any_log_line()
    {
        const string phone = "13987654321";
        const string name = "日志探针甲";
        // Watch every service's console log from now on (the AppHost keeps lines only while someone watches).
        var loggers = system.App.Services.GetRequiredService<ResourceLoggerService>();
        var captured = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var watching = new CancellationTokenSource();
        var watchers = Services.Select(service => Task.Run(async () =>
        {
            // Logs are kept per resource instance (the name with its replica suffix), which the AppHost reports.
            Assert.True(system.App.ResourceNotifications.TryGetCurrentState(service, out var state),
                $"{service} is not known to the AppHost.");
            try
            {
                await foreach (var batch in loggers.WatchAsync(state!.ResourceId).WithCancellation(watching.Token))
                {
                    foreach (var line in batch)
                    {
                        captured.Enqueue($"{service}: {line.Content}");
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Watching ends with the test.
            }
        })).ToList();
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var reference = $"logs-{Guid.NewGuid():N}"[..24];
        var body = new
        {
            hotlineReference = reference,
            channel = "phone",
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            kind = "complaint",
            category = "price",
            complainant = new { name, phone, address = "探针地址" },
            respondent = new { name = "探针商户", address = "探针路1号", regionCode = "310000" },
            description = "日志探针", amountInvolved = 1.00m,
        };
        using (var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, body))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }
        // The same case again, and a malformed one carrying the same data: the paths that log (retries, rejections).
        (await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, body)).Dispose();
        (await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            new { complainant = new { name, phone } })).Dispose();
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using (var export = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases/export.csv", ministry))
        {
            Assert.Contains(phone, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The services log as they handle; give the last lines a moment to arrive, then stop watching.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await watching.CancelAsync();
        await Task.WhenAll(watchers);
        var lines = captured.Count;
        var leaks = captured.Where(l => l.Contains(phone, StringComparison.Ordinal) || l.Contains(name, StringComparison.Ordinal)).ToList();

        Assert.True(lines > 0, "No log lines were captured at all.");
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Take(10)));
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PromoMonth.EndToEndTests.Webhooks;

/// <summary>One request a receiver got: the Standard Webhooks headers and the body, as sent.</summary>
public sealed record ReceivedWebhook(string Endpoint, string Id, string Timestamp, string Signature, string Body, int Answered);

/// <summary>How an endpoint of the test receiver answers.</summary>
public enum ReceiverBehaviour
{
    /// <summary>204 at once.</summary>
    Accept,
    /// <summary>500 to the first two attempts of each webhook-id, then 204.</summary>
    FailTwice,
    /// <summary>Never answers: holds the request open until the sender gives up.</summary>
    Hang,
}

/// <summary>
/// A partner's webhook receiver on loopback (which the webhooks service accepts in Development only): each endpoint
/// path behaves as told and records what it got.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ReceiverBehaviour> _endpoints = new();
    private readonly ConcurrentDictionary<string, int> _attemptsById = new();
    private readonly ConcurrentDictionary<string, int> _open = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/{endpoint}", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>A new endpoint's URL, answering as <paramref name="behaviour"/> says.</summary>
    public string Endpoint(ReceiverBehaviour behaviour)
    {
        var name = $"{behaviour.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}";
        _endpoints[name] = behaviour;
        return $"{_app.Urls.First()}/{name}";
    }

    /// <summary>Requests open right now on the endpoint at <paramref name="url"/>.</summary>
    public int OpenOn(string url) => _open.GetValueOrDefault(url[(url.LastIndexOf('/') + 1)..]);

    public IReadOnlyList<ReceivedWebhook> On(string url)
    {
        var name = url[(url.LastIndexOf('/') + 1)..];
        return [.. Received.Where(r => r.Endpoint == name)];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(string endpoint, HttpRequest request, CancellationToken aborted)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(aborted);
        var id = request.Headers["webhook-id"].ToString();
        var behaviour = _endpoints.GetValueOrDefault(endpoint, ReceiverBehaviour.Accept);
        var attempt = _attemptsById.AddOrUpdate(id, 1, (_, count) => count + 1);
        var status = behaviour == ReceiverBehaviour.FailTwice && attempt <= 2 ? 500 : 204;
        if (behaviour == ReceiverBehaviour.Hang)
        {
            _open.AddOrUpdate(endpoint, 1, (_, count) => count + 1);
            try
            {
                await Task.Delay(Timeout.Infinite, aborted);
            }
            catch (OperationCanceledException)
            {
                // The sender gave up on this attempt, as it must.
            }
            finally
            {
                _open.AddOrUpdate(endpoint, 0, (_, count) => count - 1);
            }
            return Results.StatusCode(503);
        }
        Received.Enqueue(new ReceivedWebhook(endpoint, id, request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), body, status));
        return status == 500 ? Results.Text("receiver down for maintenance", statusCode: 500) : Results.NoContent();
    }
}

using System.Net;

namespace PromoMonth.FaultTests;

/// <summary>
/// A consumer's phone and a partner's catalog mirror, reading the public pages in the background while a fault hits:
/// counts every read and every answer that was not a 200.
/// </summary>
internal sealed class PublicReader(HttpClient gateway)
{
    private static readonly string[] Paths = ["/api/catalog/activities?pageSize=5&probe={0}", "/api/verify/mark?probe={0}"];

    private readonly List<string> _failures = [];
    private int _reads;
    private int _answered;
    private int _failed;

    /// <summary>Reads sent, the one in flight included.</summary>
    public int Reads => _reads;

    public int Answered => _answered;

    /// <summary>Reads that ended without a 200.</summary>
    public int Failed => _failed;

    /// <summary>The first few reads that failed, for the assertion's message: "503 /api/verify/mark?probe=12".</summary>
    public string Failures
    {
        get
        {
            lock (_failures)
            {
                return _failures.Count == 0 ? "none" : string.Join(", ", _failures);
            }
        }
    }

    /// <summary>Publishes a catalog release, so the catalog has a page to read.</summary>
    public static async Task PublishCatalogAsync(HttpClient gateway, string ministry)
    {
        using var published = await gateway.SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });
        Assert.True(published.IsSuccessStatusCode, $"no catalog release: {(int)published.StatusCode}");
    }

    /// <summary>Reads the pages one after the other until <paramref name="stop"/> is cancelled.</summary>
    public Task ReadUntilAsync(CancellationToken stop) => Task.Run(async () =>
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, Paths[i % Paths.Length], i);
            Interlocked.Increment(ref _reads);
            try
            {
                using var answer = await gateway.GetAsync(path, CancellationToken.None);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref _answered);
                    continue;
                }
                Fail($"{(int)answer.StatusCode} {path}");
            }
            catch (HttpRequestException ex)
            {
                Fail($"no answer ({ex.Message}) {path}");
            }
        }
    }, CancellationToken.None);

    private void Fail(string what)
    {
        Interlocked.Increment(ref _failed);
        lock (_failures)
        {
            if (_failures.Count < 5)
            {
                _failures.Add(what);
            }
        }
    }
}

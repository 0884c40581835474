using System.Collections.Concurrent;

namespace PromoMonth.FaultTests;

/// <summary>What the fuzzer sent: answers per operation and status class, and the distinct values tried per type.</summary>
internal sealed class FuzzTally
{
    private readonly ConcurrentDictionary<string, HashSet<string>> tried = new();

    /// <summary>Operation → answers by status class: [2xx, 3xx, 4xx, 5xx].</summary>
    public Dictionary<string, int[]> Operations { get; } = [];

    /// <summary>Answers per caller kind → requests.</summary>
    public Dictionary<string, int> Callers { get; } = [];

    public int Throttled { get; set; }

    public void Tried(string kind, Probe probe)
    {
        var values = tried.GetOrAdd(kind, _ => []);
        lock (values)
        {
            values.Add(probe.Json);
        }
    }

    public void Answered(string operation, string caller, int status)
    {
        var counts = Operations.TryGetValue(operation, out var existing) ? existing : Operations[operation] = new int[4];
        counts[Math.Clamp(status / 100 - 2, 0, 3)]++;
        Callers[caller] = Callers.GetValueOrDefault(caller) + 1;
    }

    public int Total(int statusClass) => Operations.Values.Sum(c => c[statusClass / 100 - 2]);

    public IReadOnlyDictionary<string, int> DistinctValuesPerType =>
        tried.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Value.Count);

    public string Summary() =>
        $"{Operations.Count} operations, {Operations.Values.Sum(c => c.Sum())} requests: "
        + $"{Total(200)} 2xx, {Total(300)} 3xx, {Total(400)} 4xx, "
        + $"{Total(500)} 5xx ({Throttled} throttled and retried); callers: {string.Join(", ", Callers.Select(c => $"{c.Key} {c.Value}"))}; "
        + $"distinct values per type: {string.Join(", ", DistinctValuesPerType.Select(t => $"{t.Key} {t.Value}"))}";
}

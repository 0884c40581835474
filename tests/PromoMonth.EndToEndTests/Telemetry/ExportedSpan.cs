namespace PromoMonth.EndToEndTests.Telemetry;

/// <summary>One span as a service exported it, with the moment the tests' receiver got it.</summary>
public sealed record ExportedSpan(
    string Service,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    string Kind,
    string Scope,
    IReadOnlyDictionary<string, string> Attributes,
    DateTimeOffset ReceivedAt)
{
    public bool IsRoot => ParentSpanId.Length == 0;

    /// <summary>What the span was about, for a failure message: its address or statement where it has one.</summary>
    public override string ToString()
    {
        var about = new[] { "url.full", "url.path", "db.query.text", "db.statement" }
            .Select(key => Attributes.GetValueOrDefault(key))
            .FirstOrDefault(value => !string.IsNullOrEmpty(value));
        var text = about is null ? "" : $" {about[..Math.Min(about.Length, 120)]}";
        return $"{Service}: {Name}{text} ({Kind}, {Scope}){(IsRoot ? " root" : "")}";
    }
}

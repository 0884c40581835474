using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PromoMonth.ServiceTests.Infrastructure;

/// <summary>Every log record a service host writes, as an operator's dashboard would receive it.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _records = new();

    public IReadOnlyCollection<CapturedLog> Records => _records;

    public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, _records);

    public void Dispose()
    {
        // Nothing is held beyond the records themselves.
    }

    private sealed class Capturing(string category, ConcurrentQueue<CapturedLog> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                // With the exception, so that a test showing the logs of a 500 shows its cause.
                var message = formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception);
                records.Enqueue(new CapturedLog(logLevel, category, message));
            }
        }
    }
}

public sealed record CapturedLog(LogLevel Level, string Category, string Message)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}

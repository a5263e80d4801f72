using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>Logger factory that keeps every log entry at every level, Trace included.</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join("; ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : string.Empty;
            entries.Enqueue(new CapturedLog(category, logLevel, eventId.Name ?? string.Empty, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

/// <summary>One captured log entry: rendered message, structured values and exception text.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string EventName, string Message, string Values, string? Exception)
{
    public string AllText => $"{Category} {EventName} {Message} {Values} {Exception}";
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Server.Logging;

/// <summary>
/// Writes log lines to standard error only, because standard output carries JSON-RPC frames alone.
/// One line per entry: UTC time, level, category and message; exceptions add their type, never their text,
/// because exception messages may carry request details.
/// </summary>
internal sealed class StderrLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, StderrLogger> _loggers = new(StringComparer.Ordinal);
    private readonly TextWriter _writer;
    private readonly TimeProvider _timeProvider;
    private readonly LogLevel _minimumLevel;
    private readonly Lock _writeLock = new();

    public StderrLoggerProvider(TextWriter writer, TimeProvider timeProvider, LogLevel minimumLevel)
    {
        _writer = writer;
        _timeProvider = timeProvider;
        _minimumLevel = minimumLevel;
    }

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (name, provider) => new StderrLogger(name, provider), this);

    public void Dispose()
    {
        lock (_writeLock)
        {
            _writer.Flush();
        }
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var time = _timeProvider.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        var line = exception is null
            ? $"{time} {LevelName(level)} {category}: {message}"
            : $"{time} {LevelName(level)} {category}: {message} ({exception.GetType().Name})";

        lock (_writeLock)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    private sealed class StderrLogger(string category, StderrLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider._minimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            provider.Write(logLevel, category, formatter(state, exception), exception);
        }
    }
}

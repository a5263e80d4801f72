using System.Text.Json;
using ArubaNoc.Server.Metrics;
using ArubaNoc.Tools.Framework;
using Microsoft.Extensions.Logging;

namespace ArubaNoc.Server.Hosting;

/// <summary>
/// Runs tools for both MCP and the command line: measures each call, and turns an unexpected exception into
/// a generic error result so its message (which may carry request details) never reaches the model.
/// </summary>
internal sealed partial class ToolInvoker
{
    private readonly NocMetrics? _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public ToolInvoker(ToolCatalog catalog, NocMetrics? metrics, TimeProvider timeProvider, ILogger logger)
    {
        Catalog = catalog;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public ToolCatalog Catalog { get; }

    /// <summary>
    /// Invokes <paramref name="tool"/>. Only caller cancellation escapes as an exception; every other failure
    /// is a result with <see cref="ToolResult.IsError"/> set.
    /// </summary>
    public async ValueTask<ToolResult> InvokeAsync(INocTool tool, IReadOnlyDictionary<string, JsonElement>? arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var name = tool.Definition.Name;
        var started = _timeProvider.GetTimestamp();
        var outcome = "exception";
        try
        {
            var result = await tool.InvokeAsync(arguments, context, cancellationToken).ConfigureAwait(false);
            outcome = result.IsError ? "error" : "ok";
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        catch (Exception exception)
        {
            outcome = "exception";
            LogToolFailed(_logger, name, exception.GetType().Name);
            return new ToolResult(
                $"[ERR] Internal error in tool '{name}'. The server logged the details; the call can be retried.",
                StructuredContent: null,
                IsError: true);
        }
        finally
        {
            if (_metrics is not null)
            {
                _metrics.ToolCalls.WithLabels(name, outcome).Inc();
                _metrics.ToolSeconds.WithLabels(name).Observe(_timeProvider.GetElapsedTime(started).TotalSeconds);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Tool '{ToolName}' failed with an unexpected {ExceptionType}")]
    private static partial void LogToolFailed(ILogger logger, string toolName, string exceptionType);
}

using System.Text.Json;
using ArubaNoc.Tools.Framework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ArubaNoc.Server.Hosting;

/// <summary>
/// Connects the <see cref="ToolCatalog"/> to the MCP SDK through its list and call handlers, so tools are
/// listed and invoked without any reflection over methods.
/// </summary>
internal static partial class McpToolHandlers
{
    /// <summary>Adds the tools/list and tools/call handlers for <paramref name="catalog"/>.</summary>
    public static IMcpServerBuilder WithToolCatalog(this IMcpServerBuilder builder, ToolCatalog catalog)
    {
        var tools = catalog.Tools.Select(tool => ToProtocolTool(tool.Definition)).ToList();

        return builder
            .WithListToolsHandler((_, _) => ValueTask.FromResult(new ListToolsResult { Tools = tools }))
            .WithCallToolHandler((request, cancellationToken) => CallAsync(catalog, request, cancellationToken));
    }

    /// <summary>Converts a tool definition into the protocol's tool description.</summary>
    public static Tool ToProtocolTool(ToolDefinition definition) => new()
    {
        Name = definition.Name,
        Title = definition.Title,
        Description = definition.Description,
        InputSchema = definition.InputSchema,
        OutputSchema = definition.OutputSchema,
        Annotations = new ToolAnnotations
        {
            Title = definition.Title,
            ReadOnlyHint = definition.Safety.ReadOnly,
            DestructiveHint = definition.Safety.Destructive,
            IdempotentHint = definition.Safety.Idempotent,
            OpenWorldHint = definition.Safety.OpenWorld,
        },
    };

    /// <summary>Converts a tool result into the protocol's call result.</summary>
    public static CallToolResult ToProtocolResult(ToolResult result) => new()
    {
        Content = [new TextContentBlock { Text = result.Text }],
        StructuredContent = result.StructuredContent,
        IsError = result.IsError,
    };

    private static async ValueTask<CallToolResult> CallAsync(
        ToolCatalog catalog,
        RequestContext<CallToolRequestParams> request,
        CancellationToken cancellationToken)
    {
        var name = request.Params?.Name ?? string.Empty;
        if (!catalog.TryGet(name, out var tool))
        {
            // An unknown tool is a protocol error (invalid params), not a tool result.
            throw new McpProtocolException($"Unknown tool '{name}'. Call tools/list for the available tools.", McpErrorCode.InvalidParams);
        }

        var progress = CreateProgressReporter(request);
        var context = new ToolCallContext(progress);
        try
        {
            var arguments = request.Params!.Arguments switch
            {
                null => null,
                IReadOnlyDictionary<string, JsonElement> readOnly => readOnly,
                var other => new Dictionary<string, JsonElement>(other, StringComparer.Ordinal),
            };
            var result = await tool.InvokeAsync(arguments, context, cancellationToken).ConfigureAwait(false);
            if (progress is not null)
            {
                await progress.DrainAsync().ConfigureAwait(false);
            }

            return ToProtocolResult(result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Tools turn expected failures into error results; anything else is a defect. Its message may carry
            // request details, so the model gets a generic text and the log gets the exception type.
            var logger = request.Services?.GetService<ILoggerFactory>()?.CreateLogger("ArubaNoc.Server.Tools");
            if (logger is not null)
            {
                LogToolFailed(logger, name, exception.GetType().Name);
            }

            return ToProtocolResult(new ToolResult(
                $"[ERR] Internal error in tool '{name}'. The server logged the details; the call can be retried.",
                null,
                IsError: true));
        }
    }

    private static ProgressNotifier? CreateProgressReporter(RequestContext<CallToolRequestParams> request) =>
        request.Params?.ProgressToken is { } token ? new ProgressNotifier(request.Server, token) : null;

    /// <summary>
    /// Sends each update as a <c>notifications/progress</c> message, strictly in the order reported: each send
    /// starts after the previous one finished, so updates cannot overtake each other on the transport.
    /// </summary>
    private sealed class ProgressNotifier(McpServer server, ProgressToken token) : IProgress<ToolProgress>
    {
        private readonly Lock _chainLock = new();
        private Task _pending = Task.CompletedTask;

        public void Report(ToolProgress value)
        {
            lock (_chainLock)
            {
                _pending = SendAfterAsync(_pending, value);
            }
        }

        /// <summary>Waits until every update reported so far was sent, so the result never overtakes them.</summary>
        public Task DrainAsync()
        {
            lock (_chainLock)
            {
                return _pending;
            }
        }

        private async Task SendAfterAsync(Task previous, ToolProgress value)
        {
            await previous.ConfigureAwait(false);
            try
            {
                await server.NotifyProgressAsync(
                    token,
                    new ProgressNotificationValue
                    {
                        Progress = (float)value.Progress,
                        Total = value.Total is { } total ? (float)total : null,
                        Message = value.Message,
                    },
                    options: null,
                    CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Progress is best effort: a lost notification (client gone, transport closed) must never fail the call.
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Tool '{ToolName}' failed with an unexpected {ExceptionType}")]
    private static partial void LogToolFailed(ILogger logger, string toolName, string exceptionType);
}

using System.Text.Json;
using ArubaNoc.Tools.Framework;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ArubaNoc.Server.Hosting;

/// <summary>
/// Connects the <see cref="ToolCatalog"/> to the MCP SDK through its list and call handlers, so tools are
/// listed and invoked without any reflection over methods.
/// </summary>
internal static class McpToolHandlers
{
    /// <summary>Sets the tools/list and tools/call handlers of <paramref name="handlers"/> to serve the catalog of <paramref name="invoker"/>.</summary>
    public static void Register(McpServerHandlers handlers, ToolInvoker invoker)
    {
        var tools = invoker.Catalog.Tools.Select(tool => ToProtocolTool(tool.Definition)).ToList();

        handlers.ListToolsHandler = (_, _) => ValueTask.FromResult(new ListToolsResult { Tools = tools });
        handlers.CallToolHandler = (request, cancellationToken) => CallAsync(invoker, request, cancellationToken);
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
        ToolInvoker invoker,
        RequestContext<CallToolRequestParams> request,
        CancellationToken cancellationToken)
    {
        var name = request.Params?.Name ?? string.Empty;
        if (!invoker.Catalog.TryGet(name, out var tool))
        {
            // An unknown tool is a protocol error (invalid params), not a tool result.
            throw new McpProtocolException($"Unknown tool '{name}'. Call tools/list for the available tools.", McpErrorCode.InvalidParams);
        }

        var arguments = request.Params!.Arguments switch
        {
            null => null,
            IReadOnlyDictionary<string, JsonElement> readOnly => readOnly,
            var other => new Dictionary<string, JsonElement>(other, StringComparer.Ordinal),
        };
        var progress = CreateProgressReporter(request);

        var result = await invoker.InvokeAsync(tool, arguments, new ToolCallContext(progress), cancellationToken).ConfigureAwait(false);
        if (progress is not null)
        {
            await progress.DrainAsync().ConfigureAwait(false);
        }

        return ToProtocolResult(result);
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
}

using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// One tool of the server. Implementations are registered explicitly in <see cref="ToolCatalog"/>;
/// nothing is discovered by reflection.
/// </summary>
public interface INocTool
{
    /// <summary>The tool's name, description, schemas and annotations.</summary>
    ToolDefinition Definition { get; }

    /// <summary>
    /// Binds and validates <paramref name="arguments"/>, calls Central and builds the result.
    /// Must not throw for bad input or Central failures: those become error results.
    /// </summary>
    ValueTask<ToolResult> InvokeAsync(IReadOnlyDictionary<string, JsonElement>? arguments, ToolCallContext context, CancellationToken cancellationToken);
}

using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The static description of one tool: its wire name, what the model reads about it, and its schemas.
/// Wire names are explicit constants chosen by each tool, never derived from type or method names.
/// </summary>
public sealed record ToolDefinition(
    string Name,
    string Title,
    string Description,
    JsonElement InputSchema,
    JsonElement? OutputSchema,
    ToolSafety Safety);

/// <summary>
/// The behaviour hints published as MCP tool annotations. Tools are read-only unless they opt out.
/// </summary>
public sealed record ToolSafety(bool ReadOnly, bool Destructive, bool Idempotent, bool OpenWorld)
{
    /// <summary>A tool that only reads from Central.</summary>
    public static ToolSafety ReadOnlyQuery { get; } = new(ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: true);

    /// <summary>A tool that starts an action on a device (ping, traceroute): not read-only and not idempotent.</summary>
    public static ToolSafety DeviceAction { get; } = new(ReadOnly: false, Destructive: false, Idempotent: false, OpenWorld: true);
}

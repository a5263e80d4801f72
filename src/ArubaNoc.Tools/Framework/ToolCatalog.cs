namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The fixed set of tools the server exposes, looked up by wire name (exact, case-sensitive).
/// </summary>
public sealed class ToolCatalog
{
    private readonly Dictionary<string, INocTool> _byName;

    public ToolCatalog(IEnumerable<INocTool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);

        Tools = [.. tools];
        _byName = new Dictionary<string, INocTool>(StringComparer.Ordinal);
        foreach (var tool in Tools)
        {
            if (!_byName.TryAdd(tool.Definition.Name, tool))
            {
                throw new ArgumentException($"Tool name '{tool.Definition.Name}' is registered twice.", nameof(tools));
            }
        }
    }

    /// <summary>The tools in registration order, which is the order clients list them in.</summary>
    public IReadOnlyList<INocTool> Tools { get; }

    /// <summary>Finds a tool by its exact wire name.</summary>
    public bool TryGet(string name, out INocTool tool) => _byName.TryGetValue(name, out tool!);
}

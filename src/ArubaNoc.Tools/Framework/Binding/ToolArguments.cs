namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The validated, normalized arguments of one call, read through the tool's own
/// <see cref="ToolParameter"/> declarations. Absent optional arguments without a default read as null.
/// Deprecated arguments always read as null because they are ignored.
/// </summary>
public sealed class ToolArguments
{
    // Parameters are compared by identity: each declaration is one static instance of its tool.
    private readonly HashSet<ToolParameter> _declared;
    private readonly Dictionary<ToolParameter, object> _values = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ToolParameter> _given = new(ReferenceEqualityComparer.Instance);
    private readonly List<Finding> _findings = [];

    internal ToolArguments(IEnumerable<ToolParameter> declared)
    {
        _declared = new HashSet<ToolParameter>(declared, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Notices produced by binding, such as <c>ARG_IGNORED</c> for deprecated arguments.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Whether the caller gave the argument (a default does not count).</summary>
    public bool IsGiven(ToolParameter parameter) => Check(parameter) && _given.Contains(parameter);

    /// <summary>Returns a normalized string value: text, identifiers, an enum's canonical value, a cursor or a canonical sort.</summary>
    public string? GetString(ToolParameter parameter) => Get(parameter) switch
    {
        string text => text,
        EnumOption option => option.Value,
        _ => null,
    };

    /// <summary>Returns the selected option of an enum argument (its canonical and wire spellings).</summary>
    public EnumOption? GetOption(ToolParameter parameter) => Get(parameter) as EnumOption;

    /// <summary>Returns an integer or offset argument.</summary>
    public long? GetInteger(ToolParameter parameter) => Get(parameter) is long value ? value : null;

    /// <summary>Returns a boolean argument.</summary>
    public bool? GetBoolean(ToolParameter parameter) => Get(parameter) is bool value ? value : null;

    /// <summary>Returns a time argument.</summary>
    public DateTimeOffset? GetTime(ToolParameter parameter) => Get(parameter) is DateTimeOffset value ? value : null;

    /// <summary>Returns the parsed raw filter.</summary>
    public FilterExpression? GetFilter(ToolParameter parameter) => Get(parameter) as FilterExpression;

    /// <summary>Returns a required string argument, which binding guarantees is present.</summary>
    public string GetRequiredString(ToolParameter parameter) =>
        GetString(parameter) ?? throw new InvalidOperationException($"Required argument '{parameter.Name}' was not bound.");

    internal void Set(ToolParameter parameter, object value, bool given)
    {
        _values[parameter] = value;
        if (given)
        {
            _given.Add(parameter);
        }
    }

    internal void MarkGiven(ToolParameter parameter) => _given.Add(parameter);

    internal void AddFinding(Finding finding) => _findings.Add(finding);

    private object? Get(ToolParameter parameter)
    {
        Check(parameter);
        return _values.GetValueOrDefault(parameter);
    }

    private bool Check(ToolParameter parameter)
    {
        if (!_declared.Contains(parameter))
        {
            throw new ArgumentException($"Parameter '{parameter.Name}' is not declared by this tool.", nameof(parameter));
        }

        return true;
    }
}

using ArubaNoc.Central.Http;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Collects one successful result and builds both its text summary and its structured content. The
/// "Key facts:" lines are printed from <see cref="Facts"/>, the same values written to
/// <c>structuredContent.facts</c>. Not thread-safe.
/// </summary>
public sealed class ToolResultBuilder
{
    /// <summary>Maximum length of the text summary in characters.</summary>
    public const int MaxTextLength = 8000;

    /// <summary>Maximum number of rows in <c>structuredContent.items</c>.</summary>
    public const int MaxItems = 100;

    /// <summary>Line appended when sections were dropped to respect <see cref="MaxTextLength"/>.</summary>
    public const string TruncationNotice = "[INFO] output truncated; full facts are in structuredContent";

    private readonly List<TextSection> _sections = [];
    private readonly List<Finding> _findings = [];
    private readonly List<OutputValues> _items = [];
    private readonly List<SubError> _subErrors = [];
    private string? _moreInstruction;

    public ToolResultBuilder(string tool, OutputShape shape, string headingToken, string title)
    {
        Tool = tool;
        Shape = shape;
        Heading = $"{StatusToken.Require(headingToken)} {title}";
        Facts = shape.NewFacts();
    }

    /// <summary>Wire name of the tool.</summary>
    public string Tool { get; }

    /// <summary>The declared facts and item row.</summary>
    public OutputShape Shape { get; }

    /// <summary>First line of the text, <c>TOKEN Title</c>.</summary>
    public string Heading { get; }

    /// <summary>The facts; set values here.</summary>
    public OutputValues Facts { get; }

    /// <summary>API version the data came from, <c>v1</c> unless set.</summary>
    public string Api { get; private set; } = "v1";

    /// <summary>What the call covered.</summary>
    public ResultScope Scope { get; private set; } = new();

    /// <summary>Paging state; null for results that are not lists.</summary>
    public PageInfo? Page { get; private set; }

    internal IReadOnlyList<Finding> Findings => _findings;

    internal IReadOnlyList<OutputValues> Items => _items;

    internal IReadOnlyList<SubError> SubErrors => _subErrors;

    /// <summary>Sets the API version, <c>v1</c> or <c>v1alpha1</c>.</summary>
    public ToolResultBuilder WithApi(string api)
    {
        Api = api;
        return this;
    }

    /// <summary>Sets the scope written to the Scope line and structured content.</summary>
    public ToolResultBuilder WithScope(ResultScope scope)
    {
        Scope = scope;
        return this;
    }

    /// <summary>Adds a list section.</summary>
    public ToolResultBuilder AddSection(string title, IReadOnlyList<TextRow> rows, int cap = TextSection.DefaultCap, long unlistedRows = 0)
    {
        _sections.Add(new TextSection(title, rows, cap, unlistedRows));
        return this;
    }

    /// <summary>Adds a finding; findings print in the order CRIT, WARN, INFO, OK.</summary>
    public ToolResultBuilder AddFinding(FindingLevel level, string code, string message) => AddFinding(new Finding(level, code, message));

    /// <summary>
    /// Adds <c>[INFO] DEPRECATED_ENDPOINT</c> when Central marked the response with <c>Deprecation</c> or
    /// <c>Sunset</c> headers (RFC 8594); once per result, however many of its calls carry them.
    /// </summary>
    public ToolResultBuilder AddDeprecationNotice<T>(CentralResponse<T> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if ((response.Deprecation is null && response.Sunset is null) || Findings.Any(finding => finding.Code == "DEPRECATED_ENDPOINT"))
        {
            return this;
        }

        var message = $"Central marks this endpoint as deprecated (Deprecation: {ValueFormat.Text(response.Deprecation)}, Sunset: {ValueFormat.Text(response.Sunset)})";
        return AddFinding(FindingLevel.Info, "DEPRECATED_ENDPOINT", message);
    }

    /// <summary>Adds a finding.</summary>
    public ToolResultBuilder AddFinding(Finding finding)
    {
        _findings.Add(finding);
        return this;
    }

    /// <summary>Adds an item row; rows beyond <see cref="MaxItems"/> are dropped and <c>itemsTruncated</c> is set.</summary>
    public ToolResultBuilder AddItem(OutputValues row)
    {
        if (!ReferenceEquals(row.Fields, Shape.ItemFields))
        {
            throw new ArgumentException("Item rows must be created with OutputShape.NewItem().", nameof(row));
        }

        _items.Add(row);
        return this;
    }

    /// <summary>Sets the paging state, which also produces the [MORE] line.</summary>
    public ToolResultBuilder WithPage(PageInfo page)
    {
        Page = page;
        return this;
    }

    /// <summary>Sets a custom [MORE] instruction, for continuations that are not pages (such as polling again).</summary>
    public ToolResultBuilder WithMore(string instruction)
    {
        _moreInstruction = instruction;
        return this;
    }

    /// <summary>Records a failed secondary call: sets <c>partial</c> and adds <c>[WARN] part unavailable: status errorCode</c>.</summary>
    public ToolResultBuilder AddSubError(string part, SubError error)
    {
        _subErrors.Add(error);
        var status = error.HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ValueFormat.Missing;
        var message = $"{part} unavailable: {status} {ValueFormat.Text(error.ErrorCode)}";
        return AddFinding(new Finding(FindingLevel.Warn, "PART_UNAVAILABLE", message) { PrintsCode = false });
    }

    /// <summary>Builds the result.</summary>
    public ToolResult Build()
    {
        var keyFacts = Shape.Facts
            .Where(fact => fact.Label is not null)
            .Select(fact => $"{fact.Label}: {OutputText.Format(fact, Facts)}")
            .ToList();
        var moreLine = _moreInstruction is not null ? $"{StatusToken.More} {_moreInstruction}" : Page?.MoreLine(Tool);
        var text = ResultText.Compose(Heading, Scope.ToText(), keyFacts, _sections, _findings, moreLine, MaxTextLength);
        return new ToolResult(text, EnvelopeWriter.WriteSuccess(this), IsError: false);
    }
}

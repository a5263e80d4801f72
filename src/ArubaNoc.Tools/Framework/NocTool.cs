using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Base class of the tools: a tool declares its name, parameters and output shape, and implements
/// <see cref="ExecuteAsync"/>. <see cref="InvokeAsync"/> binds and validates the arguments first and
/// returns a validation error without calling <see cref="ExecuteAsync"/> when any is invalid, so no
/// request is sent. It converts <see cref="ToolFailureException"/> into an error result and lets every
/// other exception propagate to the server, which reports a generic internal error.
/// </summary>
public abstract class NocTool : INocTool
{
    private ToolDefinition? _definition;

    protected NocTool(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
    }

    /// <summary>Wire name, such as <c>get_device_list</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Short human-readable title.</summary>
    public abstract string Title { get; }

    /// <summary>Description of what the tool reports, shown to the model.</summary>
    public abstract string Description { get; }

    /// <summary>Behaviour hints; read-only unless a tool overrides this.</summary>
    public virtual ToolSafety Safety => ToolSafety.ReadOnlyQuery;

    /// <summary>The declared arguments, from which the input schema and the binding derive.</summary>
    public abstract IReadOnlyList<ToolParameter> Parameters { get; }

    /// <summary>The declared facts and item row, from which the output schema and structured content derive.</summary>
    public abstract OutputShape Output { get; }

    /// <inheritdoc />
    public ToolDefinition Definition => _definition ??= new ToolDefinition(
        Name,
        Title,
        Description,
        InputSchemaWriter.Build(Parameters),
        OutputSchemaBuilder.Build(Output),
        Safety);

    /// <summary>Clock for time arguments and windows.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public async ValueTask<ToolResult> InvokeAsync(IReadOnlyDictionary<string, JsonElement>? arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var binding = ArgumentBinder.Bind(Parameters, arguments, TimeProvider.GetUtcNow());
        if (!binding.Succeeded)
        {
            return ToolErrors.ToResult(Name, ToolErrors.Validation(binding.Failures));
        }

        try
        {
            return await ExecuteAsync(binding.Arguments!, context, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolFailureException failure)
        {
            return ToolErrors.ToResult(Name, failure.Error);
        }
    }

    /// <summary>Runs the tool with valid arguments. Return <see cref="Reject"/> for checks that span arguments before any request.</summary>
    protected abstract ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken);

    /// <summary>Starts a result whose findings already include the binding notices (such as ARG_IGNORED).</summary>
    protected ToolResultBuilder CreateResult(ToolArguments arguments, string headingToken, string title)
    {
        var builder = new ToolResultBuilder(Name, Output, headingToken, title);
        foreach (var finding in arguments.Findings)
        {
            builder.AddFinding(finding);
        }

        return builder;
    }

    /// <summary>Returns a validation error result for a rule that spans arguments; no request was sent.</summary>
    protected ToolResult Reject(ValidationFailure failure) => ToolErrors.ToResult(Name, ToolErrors.Validation([failure]));

    /// <summary>Returns the error result of <paramref name="error"/>.</summary>
    protected ToolResult Fail(ToolError error) => ToolErrors.ToResult(Name, error);

    /// <summary>
    /// Merges the raw filter of <paramref name="filter"/> with <paramref name="typedClauses"/>. On failure,
    /// <paramref name="rejection"/> is the validation error to return.
    /// </summary>
    protected bool TryBuildFilter(ToolArguments arguments, ToolParameter filter, IEnumerable<FilterClause> typedClauses, out string? merged, out ToolResult? rejection)
    {
        var maxLength = filter.Filter?.MaxLength ?? FilterSpec.DefaultMaxLength;
        if (FilterExpression.TryMerge(arguments.GetFilter(filter), typedClauses, maxLength, out merged, out var failure))
        {
            rejection = null;
            return true;
        }

        rejection = Reject(failure!);
        return false;
    }

    /// <summary>
    /// Reads one page of a cursor-paged list: merges the <c>site_id</c> clause, <paramref name="typedClauses"/>
    /// and the raw filter, then sends <c>filter</c>, <c>sort</c>, <paramref name="extraQuery"/>, <c>limit</c>
    /// and <c>next</c>, in that order. A rejected filter or a Central error comes back as
    /// <see cref="CursorPage{TItem}.Failure"/>; no request is sent for the former.
    /// </summary>
    private protected async ValueTask<CursorPage<TItem>> ReadCursorPageAsync<TItem>(
        CentralClient central,
        string path,
        ToolArguments arguments,
        CursorListParameters parameters,
        IEnumerable<FilterClause> typedClauses,
        JsonTypeInfo<CentralList<TItem>> typeInfo,
        CancellationToken cancellationToken,
        KeyValuePair<string, string?>? extraQuery = null)
    {
        var siteId = arguments.GetString(parameters.SiteId);
        IEnumerable<FilterClause> clauses = siteId is null
            ? typedClauses
            : typedClauses.Prepend(FilterClause.Eq("siteId", siteId, parameters.SiteId.Name));
        if (!TryBuildFilter(arguments, parameters.Filter, clauses, out var filter, out var rejection))
        {
            return CursorPage<TItem>.Failed(rejection!);
        }

        var sort = arguments.GetString(parameters.Sort);
        var cursor = arguments.GetString(parameters.Next);
        var request = CentralRequest.Get(path)
            .WithQuery("filter", filter)
            .WithQuery("sort", sort);
        if (extraQuery is { } extra)
        {
            request.WithQuery(extra.Key, extra.Value);
        }

        request.WithQuery("limit", arguments.GetInteger(parameters.Limit)).WithQuery("next", cursor);
        var response = await central.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        return response.IsSuccess
            ? CursorPage<TItem>.Read(response, siteId, filter, sort, cursor)
            : CursorPage<TItem>.Failed(CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null));
    }

    /// <summary>
    /// Starts the result of a page read by <see cref="ReadCursorPageAsync"/>: scope (all sites when no site was
    /// given), paging from the page's own item count, and the deprecation notice when Central sent one.
    /// </summary>
    private protected ToolResultBuilder CreatePageResult<TItem>(ToolArguments arguments, CursorPage<TItem> page, string headingToken, string title, IReadOnlyList<string>? extraScope = null)
    {
        var result = CreateResult(arguments, headingToken, title)
            .WithScope(new ResultScope { SiteId = page.SiteId, Filter = page.Filter, Sort = page.Sort, AllSitesWhenNoSite = true, Extra = extraScope ?? [] })
            .WithPage(PageInfo.FromCursor(page.Items.Count, page.Total, page.Next, page.Cursor));
        if (page.Response is { } response)
        {
            result.AddDeprecationNotice(response);
        }

        return result;
    }

    /// <summary>
    /// Resolves the query window from two time arguments. When <see cref="TimeWindow.EndClamped"/> is set,
    /// the caller adds <see cref="TimeWindow.ClampFinding"/> to its result.
    /// </summary>
    protected bool TryResolveWindow(ToolArguments arguments, ToolParameter start, ToolParameter end, WindowRule rule, out TimeWindow window, out ToolResult? rejection)
    {
        if (TimeWindow.TryResolve(arguments.GetTime(start), arguments.GetTime(end), TimeProvider.GetUtcNow(), rule, out window, out var failure))
        {
            rejection = null;
            return true;
        }

        rejection = Reject(failure!);
        return false;
    }
}

using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Binding;

/// <summary>Binds JSON text against the sample tool's parameters.</summary>
internal static class BinderTestHelpers
{
    public static readonly IReadOnlyList<ToolParameter> Parameters = new SampleTool(TestClock.Create()).Parameters;

    public static BindingResult Bind(string json) => ArgumentBinder.Bind(Parameters, TestArguments.Parse(json), TestClock.Now);

    public static ToolArguments BindValid(string json)
    {
        var result = Bind(json);
        Assert.True(result.Succeeded, string.Join("\n", result.Failures.Select(failure => failure.TextLine)));
        return result.Arguments!;
    }

    public static ValidationFailure BindInvalid(string json)
    {
        var result = Bind(json);
        Assert.False(result.Succeeded, $"Expected {json} to be rejected.");
        return result.Failures[0];
    }
}

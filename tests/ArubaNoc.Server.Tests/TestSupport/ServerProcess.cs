using System.Diagnostics;

namespace ArubaNoc.Server.Tests.TestSupport;

/// <summary>
/// Locates the built server for child-process tests: the native binary when <c>ARUBA_NOC_MCP_BINARY</c>
/// names one (CI sets it to the AOT build), otherwise the JIT build copied beside these tests.
/// </summary>
internal static class ServerProcess
{
    public const string BinaryVariable = "ARUBA_NOC_MCP_BINARY";

    /// <summary>The command and leading arguments that start the server.</summary>
    public static (string Command, IReadOnlyList<string> Arguments) Locate()
    {
        var native = Environment.GetEnvironmentVariable(BinaryVariable);
        if (!string.IsNullOrEmpty(native))
        {
            if (!File.Exists(native))
            {
                throw new InvalidOperationException($"{BinaryVariable} names '{native}', which does not exist.");
            }

            return (native, []);
        }

        var apphost = Path.Combine(AppContext.BaseDirectory, "aruba-noc-mcp");
        if (File.Exists(apphost))
        {
            return (apphost, []);
        }

        return ("dotnet", [Path.Combine(AppContext.BaseDirectory, "aruba-noc-mcp.dll")]);
    }

    /// <summary>Starts the server with redirected standard streams and the given extra arguments.</summary>
    public static Process Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    /// <summary>Starts the server with extra environment variables, redirected standard streams and the given arguments.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (command, leading) = Locate();
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in leading.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The child must not pick up a developer's real tenant.
        foreach (var variable in new[] { "ARUBA_CLIENT_ID", "ARUBA_CLIENT_SECRET", "ARUBA_ACCESS_TOKEN", "ARUBA_BASE_URL", "ARUBA_REGION", "ARUBA_DEMO" })
        {
            start.Environment.Remove(variable);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{command}'.");
    }
}

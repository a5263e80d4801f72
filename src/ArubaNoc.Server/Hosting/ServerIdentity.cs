using System.Reflection;

namespace ArubaNoc.Server.Hosting;

/// <summary>The name and version the server reports in <c>initialize</c>, <c>--version</c> and metrics.</summary>
internal static class ServerIdentity
{
    public const string Name = "aruba-noc-mcp";

    public const string Title = "ArubaNoc.Aot: HPE Aruba Networking Central NOC tools";

    /// <summary>The informational version of this build (from the <c>Version</c> MSBuild property).</summary>
    public static string Version { get; } =
        typeof(ServerIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}

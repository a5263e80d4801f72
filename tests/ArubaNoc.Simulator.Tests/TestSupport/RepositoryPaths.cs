namespace ArubaNoc.Simulator.Tests.TestSupport;

/// <summary>Locates the repository root (the folder holding ArubaNoc.Aot.sln) and the shared folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder: <c>&lt;root&gt;/../shared</c>.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string OpenApi(string name) => Path.Combine(Shared, "central-api", "openapi", name + ".json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ArubaNoc.Aot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ArubaNoc.Aot.sln above {AppContext.BaseDirectory}.");
    }
}

namespace ArubaNoc.Server.Cli;

/// <summary>Process exit codes of the command line.</summary>
internal static class ExitCodes
{
    /// <summary>The command or tool call succeeded.</summary>
    public const int Success = 0;

    /// <summary>The tool ran and returned an error result (invalid argument, Central failure).</summary>
    public const int ToolError = 1;

    /// <summary>The command line itself is wrong: unknown command, option or tool, or a malformed argument.</summary>
    public const int UsageError = 2;
}

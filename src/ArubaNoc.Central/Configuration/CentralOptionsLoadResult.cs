using System.Diagnostics.CodeAnalysis;

namespace ArubaNoc.Central.Configuration;

/// <summary>Outcome of <see cref="CentralOptionsLoader.Load"/>: the options, or one line saying what is invalid.</summary>
public sealed class CentralOptionsLoadResult
{
    private CentralOptionsLoadResult(CentralOptions? options, string? error)
    {
        Options = options;
        Error = error;
    }

    /// <summary>The loaded options; null when <see cref="Error"/> is set.</summary>
    public CentralOptions? Options { get; }

    /// <summary>One line naming the variable, the problem and the accepted range; null on success.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Options"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Options))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Options is not null;

    internal static CentralOptionsLoadResult Success(CentralOptions options) => new(options, null);

    internal static CentralOptionsLoadResult Failure(string error) => new(null, error);
}

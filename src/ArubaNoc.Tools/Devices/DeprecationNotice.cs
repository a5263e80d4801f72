using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Devices;

/// <summary>
/// Adds <c>[INFO] DEPRECATED_ENDPOINT</c> when Central marks a response with <c>Deprecation</c> or <c>Sunset</c>
/// headers (RFC 8594). A result gets the finding once, however many of its calls carry the headers.
/// </summary>
internal static class DeprecationNotice
{
    public const string Code = "DEPRECATED_ENDPOINT";

    public static void AddTo<T>(ToolResultBuilder result, CentralResponse<T> response)
    {
        if (response.Deprecation is null && response.Sunset is null)
        {
            return;
        }

        if (result.Findings.Any(finding => finding.Code == Code))
        {
            return;
        }

        result.AddFinding(FindingLevel.Info, Code,
            $"Central marks this endpoint as deprecated (Deprecation: {ValueFormat.Text(response.Deprecation)}, Sunset: {ValueFormat.Text(response.Sunset)})");
    }
}

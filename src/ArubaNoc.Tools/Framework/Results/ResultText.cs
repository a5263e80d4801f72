namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Lays out the text summary in its fixed order (heading, scope, key facts, sections, findings, [MORE])
/// and enforces the length cap: trailing sections are dropped first, then trailing findings, and the
/// truncation notice and the [MORE] line are always kept.
/// </summary>
internal static class ResultText
{
    public static string Compose(
        string heading,
        string? scope,
        IReadOnlyList<string> keyFacts,
        IReadOnlyList<TextSection> sections,
        IReadOnlyList<Finding> findings,
        string? moreLine,
        int maxLength)
    {
        var head = new List<string> { heading };
        if (scope is not null)
        {
            head.Add("Scope: " + scope);
        }

        if (keyFacts.Count > 0)
        {
            head.Add("Key facts:");
            head.AddRange(keyFacts.Select(line => "- " + line));
        }

        var sectionBlocks = sections.Select(section => section.ToLines().ToList()).ToList();
        var findingLines = findings
            .OrderBy(finding => finding.Level)
            .Select(finding => "  " + finding)
            .ToList();

        var full = Join(head, sectionBlocks, findingLines, notice: null, moreLine);
        if (full.Length <= maxLength)
        {
            return full;
        }

        const string Notice = ToolResultBuilder.TruncationNotice;
        while (sectionBlocks.Count > 0)
        {
            sectionBlocks.RemoveAt(sectionBlocks.Count - 1);
            var shorter = Join(head, sectionBlocks, findingLines, Notice, moreLine);
            if (shorter.Length <= maxLength)
            {
                return shorter;
            }
        }

        while (findingLines.Count > 0)
        {
            findingLines.RemoveAt(findingLines.Count - 1);
            var shorter = Join(head, sectionBlocks, findingLines, Notice, moreLine);
            if (shorter.Length <= maxLength)
            {
                return shorter;
            }
        }

        // Only the heading, scope and key facts are left: keep as many of their lines as fit.
        while (head.Count > 1)
        {
            head.RemoveAt(head.Count - 1);
            var shorter = Join(head, sectionBlocks, findingLines, Notice, moreLine);
            if (shorter.Length <= maxLength)
            {
                return shorter;
            }
        }

        return Join(head, sectionBlocks, findingLines, Notice, moreLine);
    }

    private static string Join(List<string> head, List<List<string>> sections, List<string> findings, string? notice, string? moreLine)
    {
        var lines = new List<string>(head);
        foreach (var block in sections)
        {
            lines.AddRange(block);
        }

        if (findings.Count > 0)
        {
            lines.Add("Findings:");
            lines.AddRange(findings);
        }

        if (notice is not null)
        {
            lines.Add(notice);
        }

        if (moreLine is not null)
        {
            lines.Add(moreLine);
        }

        return string.Join("\n", lines.Select(TextRules.ToPrintable));
    }
}

namespace Proppr.TestSupport;

/// <summary>A fenced code block of a Markdown document, with the heading it sits under.</summary>
public sealed record MarkdownCodeBlock(string Heading, string Language, string Text);

/// <summary>
/// Reads the fenced code blocks (<c>```lang</c> … <c>```</c>) out of a Markdown document, so tests can take the examples
/// of the reference notes (docs/odds/FORMAT.md) as they are written instead of keeping copies.
/// </summary>
public static class MarkdownCodeBlocks
{
    public static IReadOnlyList<MarkdownCodeBlock> Read(string markdown)
    {
        var blocks = new List<MarkdownCodeBlock>();
        var heading = "";
        List<string>? body = null;
        var language = "";
        foreach (var line in markdown.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            var trimmed = line.Trim();
            if (body is null && trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                body = [];
                language = trimmed[3..].Trim();
            }
            else if (body is not null && trimmed == "```")
            {
                blocks.Add(new MarkdownCodeBlock(heading, language, string.Join('\n', body)));
                body = null;
            }
            else if (body is not null)
            {
                body.Add(line);
            }
            else if (trimmed.StartsWith('#'))
            {
                heading = trimmed.TrimStart('#').Trim();
            }
        }
        return blocks;
    }

    /// <summary>The blocks of one language under the headings that start with <paramref name="headingPrefix"/>, in document order.</summary>
    public static IReadOnlyList<string> Under(string markdown, string headingPrefix, string language) =>
        Read(markdown)
            .Where(block => block.Heading.StartsWith(headingPrefix, StringComparison.Ordinal) && block.Language == language)
            .Select(block => block.Text)
            .ToArray();
}

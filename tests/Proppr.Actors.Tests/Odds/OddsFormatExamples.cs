using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Odds;

/// <summary>The Odds-API.io JSON examples of <c>docs/odds/FORMAT.md</c>, read from the document as written.</summary>
internal static class OddsFormatExamples
{
    private static readonly Lazy<string> Format = new(ReferenceData.ReadOddsFormat);

    /// <summary>§1.3: one REST event (integer id), pretty-printed.</summary>
    public static string Event => Single("1.3 ");

    /// <summary>§1.4: the <c>"bookmakers": {...}</c> member of an odds response: a member, not a whole document.</summary>
    public static string BookmakersMember => Single("1.4 ");

    /// <summary>§2.2: the documented WebSocket <c>updated</c> message (string id), pretty-printed.</summary>
    public static string UpdatedMessage => Single("2.2 ");

    /// <summary>§1.3's event with §1.4's bookmakers: one element of an <c>/odds/multi</c> response.</summary>
    public static string EventWithBookmakers => $"{Event.TrimEnd().TrimEnd('}').TrimEnd()},\n{BookmakersMember}\n}}";

    /// <summary>Every JSON example of the Odds-API.io sections (§1 REST, §2 WebSocket); later sections are other vendors.</summary>
    public static IReadOnlyList<string> All =>
        MarkdownCodeBlocks.Read(Format.Value)
            .Where(block => block.Language == "json" && (block.Heading.StartsWith("1.", StringComparison.Ordinal) || block.Heading.StartsWith("2.", StringComparison.Ordinal)))
            .Select(block => block.Text)
            .ToArray();

    private static string Single(string headingPrefix)
    {
        var blocks = MarkdownCodeBlocks.Under(Format.Value, headingPrefix, "json");
        blocks.Should().ContainSingle($"FORMAT.md section {headingPrefix.Trim()} has one JSON example");
        return blocks[0];
    }
}

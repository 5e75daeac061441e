namespace Proppr.Actors.Odds;

/// <summary>
/// The provider sends variants of one bookmaker under names such as <c>Bet365 (no latency)</c>: the same prices from
/// a different pipe. The book treats every variant as the bookmaker named before the parenthesis.
/// </summary>
public static class BookmakerName
{
    /// <summary>The bookmaker a (possibly variant) name belongs to: <c>"Bet365 (no latency)"</c> gives <c>"Bet365"</c>.</summary>
    public static string Normalise(string name)
    {
        var trimmed = name.Trim();
        if (!trimmed.EndsWith(')'))
        {
            return trimmed;
        }
        var open = trimmed.LastIndexOf('(');
        var stem = open > 0 ? trimmed[..open].TrimEnd() : "";
        return stem.Length > 0 ? stem : trimmed;
    }

    /// <summary>Bookmaker names compare without case: configuration is typed by people, the feed's casing is its own.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;
}

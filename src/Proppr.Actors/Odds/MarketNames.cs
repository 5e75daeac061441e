namespace Proppr.Actors.Odds;

/// <summary>
/// The feed's market names that Proppr uses (FORMAT.md §1.4), and the one alias rule: the moneyline is <c>ML</c>
/// everywhere, though esports call it <c>Moneyline</c> and some sources <c>1X2</c>.
/// </summary>
public static class MarketNames
{
    public const string Moneyline = "ML";
    public const string Spread = "Spread";
    public const string Totals = "Totals";
    public const string SpreadFirstHalf = "Spread HT";
    public const string TotalsFirstHalf = "Totals HT";
    public const string TeamTotalHome = "Team Total Home";
    public const string TeamTotalAway = "Team Total Away";
    public const string CornersTotals = "Corners Totals";
    public const string CornersTotalsFirstHalf = "Corners Totals HT";
    public const string BookingsTotals = "Bookings Totals";

    /// <summary>One team's corners over/under, as the old system's feed named them (origin documents, <c>team_odds</c>).</summary>
    public const string TeamCornersHome = "Team Corners Home";
    public const string TeamCornersAway = "Team Corners Away";
    public const string PlayerProps = "Player Props";

    /// <summary>The market name as the book keys it: trimmed, with moneyline aliases folded into <c>ML</c>.</summary>
    public static string Normalise(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Equals("Moneyline", StringComparison.OrdinalIgnoreCase) ||
               trimmed.Equals("1X2", StringComparison.OrdinalIgnoreCase) ||
               trimmed.Equals(Moneyline, StringComparison.OrdinalIgnoreCase)
            ? Moneyline
            : trimmed;
    }
}

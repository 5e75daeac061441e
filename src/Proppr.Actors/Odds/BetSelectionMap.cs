using Proppr.Actors.Betting;

namespace Proppr.Actors.Odds;

/// <summary>
/// Where a bet's price lives in the feed (FORMAT.md §1.4, §1.5), so the book can price it:
/// <list type="table">
/// <item><term>1x2</term><description><c>ML</c>, outcome home/draw/away (full time only: no first-half moneyline is documented)</description></item>
/// <item><term>asian_handicap</term><description><c>Spread</c> / <c>Spread HT</c>, outcome home/away. The feed's
/// <c>hdp</c> is the home side's handicap (the documented sample prices home +1.5 at 1.44 with home the 2.50
/// underdog), so an away bet at −0.75 is <c>hdp</c> +0.75.</description></item>
/// <item><term>goals</term><description>match: <c>Totals</c> / <c>Totals HT</c>; home or away team:
/// <c>Team Total Home</c> / <c>Team Total Away</c> (full time); outcome over/under at the bet's line</description></item>
/// <item><term>corners</term><description>match: <c>Corners Totals</c> / <c>Corners Totals HT</c>; home or away team:
/// <c>Team Corners Home</c> / <c>Team Corners Away</c> (full time; the old system's feed priced them under these names)</description></item>
/// <item><term>player counts</term><description><c>Player Props</c>, label <c>"Player Name (Stat)"</c>, over/under
/// at the line (full time). The label format is documented; the football stat names are not (the documented ones
/// are basketball's), so they follow the same title-case style and may need adjusting to the live feed.</description></item>
/// </list>
/// Everything else has no documented feed market and maps to null: both teams to score, cards (the feed's
/// <c>Bookings</c> markets count booking points or all cards, not yellow cards), goalscorers, second halves.
/// </summary>
public static class BetSelectionMap
{
    private static readonly Dictionary<string, string> FirstHalfMarkets = new()
    {
        [MarketNames.Spread] = MarketNames.SpreadFirstHalf,
        [MarketNames.Totals] = MarketNames.TotalsFirstHalf,
        [MarketNames.CornersTotals] = MarketNames.CornersTotalsFirstHalf,
    };

    private static readonly Dictionary<Market, string> PlayerStats = new()
    {
        [Market.Goals] = "Goals",
        [Market.Shots] = "Shots",
        [Market.ShotsOnTarget] = "Shots On Target",
        [Market.Assists] = "Assists",
        [Market.Tackles] = "Tackles",
        [Market.Passes] = "Passes",
        [Market.Fouls] = "Fouls",
    };

    /// <summary>The feed outcome the bet backs, or null when the feed has no market for it.</summary>
    public static OddsKey? Map(Bet bet) => (bet.Market, bet.Scope) switch
    {
        (Market.MatchResult, BetScope.Match) when bet.Selection is Selection.Home or Selection.Draw or Selection.Away &&
                                                  ForPeriod(MarketNames.Moneyline, bet.Period) is { } market =>
            new OddsKey(market, Outcome(bet.Selection)),
        (Market.AsianHandicap, BetScope.Match) when bet.Line is { } line && bet.Selection is Selection.Home or Selection.Away &&
                                                    ForPeriod(MarketNames.Spread, bet.Period) is { } market =>
            new OddsKey(market, Outcome(bet.Selection), bet.Selection == Selection.Home ? line.Value : -line.Value),
        (Market.Goals, BetScope.Match) => OverUnder(bet, ForPeriod(MarketNames.Totals, bet.Period)),
        (Market.Goals, BetScope.Home) => OverUnder(bet, ForPeriod(MarketNames.TeamTotalHome, bet.Period)),
        (Market.Goals, BetScope.Away) => OverUnder(bet, ForPeriod(MarketNames.TeamTotalAway, bet.Period)),
        (Market.Corners, BetScope.Match) => OverUnder(bet, ForPeriod(MarketNames.CornersTotals, bet.Period)),
        (Market.Corners, BetScope.Home) => OverUnder(bet, ForPeriod(MarketNames.TeamCornersHome, bet.Period)),
        (Market.Corners, BetScope.Away) => OverUnder(bet, ForPeriod(MarketNames.TeamCornersAway, bet.Period)),
        (_, BetScope.Player) when PlayerLabel(bet) is { } label => OverUnder(bet, ForPeriod(MarketNames.PlayerProps, bet.Period), label),
        _ => null,
    };

    /// <summary>The <c>Player Props</c> label of the bet's player and stat, whatever its period, when the feed has one.</summary>
    public static string? PlayerLabel(Bet bet) =>
        bet.Scope == BetScope.Player && PlayerStatName(bet.Market) is { } stat && !string.IsNullOrWhiteSpace(bet.PlayerName)
            ? $"{bet.PlayerName.Trim()} ({stat})"
            : null;

    /// <summary>The stat's name in a <c>Player Props</c> label, when the feed prices it for players.</summary>
    public static string? PlayerStatName(Market market) => PlayerStats.GetValueOrDefault(market);

    private static OddsKey? OverUnder(Bet bet, string? market, string? label = null) =>
        market is not null && bet.Line is { } line && bet.Selection is Selection.Over or Selection.Under
            ? new OddsKey(market, Outcome(bet.Selection), line.Value, label)
            : null;

    /// <summary>The market for the bet's period: the first half only where the feed documents an <c>HT</c> market.</summary>
    private static string? ForPeriod(string fullTime, BetPeriod period) => period switch
    {
        BetPeriod.FullTime => fullTime,
        BetPeriod.FirstHalf => FirstHalfMarkets.GetValueOrDefault(fullTime),
        _ => null,
    };

    private static string Outcome(Selection selection) => selection switch
    {
        Selection.Home => OddsOutcomes.Home,
        Selection.Draw => OddsOutcomes.Draw,
        Selection.Away => OddsOutcomes.Away,
        Selection.Over => OddsOutcomes.Over,
        Selection.Under => OddsOutcomes.Under,
        _ => throw new ArgumentOutOfRangeException(nameof(selection), selection, null),
    };
}

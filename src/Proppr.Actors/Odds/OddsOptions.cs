namespace Proppr.Actors.Odds;

/// <summary>
/// What Proppr asks of the odds provider and how it reads the answers. The defaults suit football pre-match and
/// in-play tracking against Pinnacle as the sharp book.
/// </summary>
public sealed record OddsOptions
{
    /// <summary>The bookmakers to request (REST allows 30 at most; the WebSocket streams the account's selection).</summary>
    public IReadOnlyList<string> Bookmakers { get; init; } = ["Pinnacle", "Bet365"];

    /// <summary>The bookmaker whose margin-free prices stand for the true probability (value bets, closing-line value).</summary>
    public string SharpBook { get; init; } = "Pinnacle";

    /// <summary>A price is value when it beats the sharp fair price by this fraction: 0.02 is 2 %.</summary>
    public decimal ValueEdge { get; init; } = 0.02m;

    /// <summary>How long a value bet holds after the older of its two prices was last seen.</summary>
    public TimeSpan ValueExpiry { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The markets to subscribe to (the WebSocket allows 20). <c>ML</c> must stay: the provider only streams player
    /// props when it is included. These are the markets <see cref="BetSelectionMap"/> can price, and the bookings totals,
    /// whose jumps tell of a card (<see cref="EventTell"/>).
    /// </summary>
    public IReadOnlyList<string> Markets { get; init; } =
    [
        MarketNames.Moneyline, MarketNames.Spread, MarketNames.Totals, MarketNames.SpreadFirstHalf, MarketNames.TotalsFirstHalf,
        MarketNames.TeamTotalHome, MarketNames.TeamTotalAway, MarketNames.CornersTotals, MarketNames.CornersTotalsFirstHalf,
        MarketNames.TeamCornersHome, MarketNames.TeamCornersAway, MarketNames.BookingsTotals, MarketNames.PlayerProps,
    ];

    /// <summary>A fall of at least this many percent of the old price is recorded as a drop: 0.05 is 0.05 %.</summary>
    public decimal DropThresholdPercent { get; init; } = 0.05m;

    /// <summary>How many drops a fixture's book keeps; the oldest go first.</summary>
    public int DropHistoryLimit { get; init; } = 200;

    /// <summary>
    /// A fixture announces the drops and new value bets of its ticks together, at most this often: in a flood a book
    /// moves many times a second, faster than a trader can read, and one signal per tick cost more than the book itself.
    /// </summary>
    public TimeSpan SignalEvery { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// An OVER price on a goals, corners or bookings total that falls by at least this many percent from one quote to
    /// the next tells of an event (<see cref="EventTell"/>): in play such prices only lengthen as time runs out, so a fall
    /// this large is the count going up, not drift.
    /// </summary>
    public decimal EventJumpPercent { get; init; } = 10m;
}

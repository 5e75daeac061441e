namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// An event of the odds provider. <see cref="Id"/> is text: REST sends an integer, the WebSocket a string, and bets
/// carry it as <see cref="Betting.Bet.OddsEventId"/> text. Everything else may be missing.
/// </summary>
public sealed record OddsEvent(string Id)
{
    public string? Home { get; init; }
    public string? Away { get; init; }
    public OddsCategory? Sport { get; init; }
    public OddsCategory? League { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public OddsEventStatus Status { get; init; }
}

namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// Every market one bookmaker quotes for one event: the unit the provider sends (a WebSocket <c>created</c>/<c>updated</c>
/// message, or one value of the REST <c>bookmakers</c> map) and the unit the book replaces. <see cref="Bookmaker"/>
/// is the name as sent, variant suffix included (<c>Bet365 (no latency)</c>).
/// </summary>
public sealed record BookmakerMarkets(string Bookmaker, IReadOnlyList<OddsMarket> Markets)
{
    // Derived from the markets: not sent again when the markets cross nodes inside a tick.
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<OddsEntry> Entries => Markets.SelectMany(market => market.Entries);
}

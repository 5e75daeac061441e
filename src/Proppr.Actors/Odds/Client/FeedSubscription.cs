using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// What the feed subscribes to, as the socket's query string says it (FORMAT.md §2.1: there is no subscribe message):
/// <c>apiKey</c>, <c>markets</c> (always with <c>ML</c>: the provider streams player props only when it is included),
/// <c>sport</c>, <c>leagues</c> or <c>eventIds</c>, <c>status</c>. The provider's limits are checked up front so a bad
/// configuration fails at start with the provider's own words instead of as an endless reconnect.
/// </summary>
public sealed class FeedSubscription
{
    private readonly OddsFeedOptions _options;

    public FeedSubscription(OddsFeedOptions options)
    {
        Markets = [.. new[] { MarketNames.Moneyline }.Concat(options.Odds.Markets.Select(MarketNames.Normalise)).Distinct(StringComparer.Ordinal)];
        var error = (Markets.Count, options.Sports.Count, options.Leagues.Count, options.EventIds.Count) switch
        {
            _ when string.IsNullOrWhiteSpace(options.ApiKey) => "An API key is required.",
            ( > 20, _, _, _) => "Too many markets. Maximum 20 allowed.",
            (_, > 10, _, _) => "Too many sports. Maximum 10 allowed.",
            (_, _, > 20, _) => "Too many leagues. Maximum 20 allowed.",
            (_, _, _, > 50) => "Too many event IDs. Maximum 50 allowed.",
            (_, _, > 0, > 0) => "Cannot use both 'leagues' and 'eventIds' filters together.",
            _ when options.Status is not (null or "live" or "prematch") => "Invalid status filter. Use 'prematch' or 'live'",
            _ when options.Odds.Bookmakers.Count is 0 or > 30 => "Between 1 and 30 bookmakers must be configured.",
            _ => null,
        };
        if (error is not null)
        {
            throw new ArgumentException($"Odds feed configuration: {error}", nameof(options));
        }
        _options = options;
    }

    /// <summary>The markets asked for, <c>ML</c> first.</summary>
    public IReadOnlyList<string> Markets { get; }

    /// <summary>The socket address with the whole subscription in its query.</summary>
    public Uri SocketUrl()
    {
        (string Name, IReadOnlyList<string> Values)[] parameters =
        [
            ("apiKey", [_options.ApiKey]), ("markets", Markets), ("sport", _options.Sports), ("leagues", _options.Leagues),
            ("eventIds", _options.EventIds), ("status", _options.Status is { } status ? [status] : []),
        ];
        var query = parameters.Where(parameter => parameter.Values.Count > 0).Select(parameter => Parameter(parameter.Name, parameter.Values));
        return new UriBuilder(_options.WebSocketUrl) { Query = string.Join('&', query) }.Uri;
    }

    /// <summary>The REST statuses that match the socket's status filter (FORMAT.md §1.3: <c>prematch</c> is REST's <c>pending</c>).</summary>
    public string RestStatuses => _options.Status switch
    {
        "live" => "live",
        "prematch" => "pending",
        _ => "pending,live",
    };

    /// <summary>Whether an event REST reported (a gap fill covers a whole sport) is one the socket would stream.</summary>
    public bool Covers(OddsEvent oddsEvent) =>
        (_options.EventIds.Count == 0 || _options.EventIds.Contains(oddsEvent.Id, StringComparer.Ordinal)) &&
        (_options.Leagues.Count == 0 || (oddsEvent.League?.Slug is { } league && _options.Leagues.Contains(league, StringComparer.OrdinalIgnoreCase))) &&
        (oddsEvent.Sport?.Slug is not { } sport || _options.Sports.Count == 0 || _options.Sports.Contains(sport, StringComparer.OrdinalIgnoreCase)) &&
        _options.Status switch
        {
            "live" => oddsEvent.Status == OddsEventStatus.Live,
            "prematch" => oddsEvent.Status == OddsEventStatus.Pending,
            _ => oddsEvent.Status is OddsEventStatus.Pending or OddsEventStatus.Live or OddsEventStatus.Unknown,
        };

    /// <summary>Only the subscribed markets of a REST answer, which carries every market: the socket sends no others.</summary>
    public BookmakerMarkets Subscribed(BookmakerMarkets odds) =>
        odds with { Markets = [.. odds.Markets.Where(market => Markets.Contains(market.Name, StringComparer.Ordinal))] };

    private static string Parameter(string name, IEnumerable<string> values) =>
        $"{name}={string.Join(',', values.Select(value => Uri.EscapeDataString(value.Trim())))}";
}

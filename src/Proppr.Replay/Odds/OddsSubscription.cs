using Microsoft.AspNetCore.Http;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Odds;

/// <summary>
/// A WebSocket subscription as its query string gives it (there is no subscribe message): markets (required), and
/// optionally leagues or event ids (not both) and a <c>live</c>/<c>prematch</c> status. Limits and messages as documented.
/// </summary>
public sealed record OddsSubscription(string ApiKey, IReadOnlySet<string> Markets, IReadOnlySet<string> Leagues, IReadOnlySet<long> EventIds, string? Status)
{
    /// <summary>The subscription, or the handshake error text the provider answers with HTTP 400.</summary>
    public static (OddsSubscription? Subscription, string? Error) Parse(IQueryCollection query)
    {
        var markets = List(query, "markets");
        var leagues = List(query, "leagues");
        var eventIds = List(query, "eventIds");
        var status = query["status"].ToString();
        var error = (markets.Count, leagues.Count, eventIds.Count) switch
        {
            (0, _, _) => "Missing required parameter: markets",
            ( > 20, _, _) => "Too many markets. Maximum 20 allowed.",
            (_, > 20, _) => "Too many leagues. Maximum 20 allowed.",
            (_, _, > 50) => "Too many event IDs. Maximum 50 allowed.",
            (_, > 0, > 0) => "Cannot use both 'leagues' and 'eventIds' filters together.",
            _ when status.Length > 0 && status is not ("live" or "prematch") => "Invalid status filter. Use 'prematch' or 'live'",
            _ when eventIds.Any(id => !long.TryParse(id, out _)) => "Invalid event ID.",
            _ => null,
        };
        return error is not null
            ? (null, error)
            : (new OddsSubscription(query["apiKey"].ToString(), markets, leagues, eventIds.Select(long.Parse).ToHashSet(), status.Length > 0 ? status : null), null);
    }

    public bool Covers(SyntheticMatch match, MatchMoment moment) =>
        (EventIds.Count == 0 || EventIds.Contains(match.OddsEventId)) &&
        (Leagues.Count == 0 || Leagues.Contains(match.League.Slug)) &&
        Status switch
        {
            "live" => moment.InPlay,
            "prematch" => !moment.Started,
            _ => true,
        };

    private static HashSet<string> List(IQueryCollection query, string name) =>
        query[name].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
}

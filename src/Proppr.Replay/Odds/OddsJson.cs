using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.Odds;

/// <summary>
/// Odds-API.io v3 objects: events (integer <c>id</c>, <c>home</c>, <c>away</c>, <c>date</c>, REST <c>status</c>),
/// odds responses (the event plus <c>bookmakers</c> keyed by name) and WebSocket messages (string <c>id</c>).
/// </summary>
public static class OddsJson
{
    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Event(SyntheticMatch match, DateTimeOffset now)
    {
        var moment = new MatchSchedule(match).At(now);
        var json = new JsonObject
        {
            ["id"] = match.OddsEventId,
            ["home"] = OddsTeamNames.Of(match.Home.Name),
            ["away"] = OddsTeamNames.Of(match.Away.Name),
            ["date"] = match.Kickoff.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["status"] = Status(moment),
            ["sport"] = new JsonObject { ["name"] = "Football", ["slug"] = "football" },
            ["league"] = new JsonObject { ["name"] = match.League.Name, ["slug"] = match.League.Slug },
        };
        if (moment.Started)
        {
            var tally = MatchTally.Of(match, moment);
            json["scores"] = Scores(tally.Score, moment.Phase == MatchPhase.Finished ? tally.ScoreIn(MatchPeriod.FirstHalf) : null);
        }
        return json;
    }

    /// <summary>REST statuses: <c>pending</c>, <c>live</c>, <c>settled</c>, and <c>cancelled</c> for a postponed or abandoned match.</summary>
    public static string Status(MatchMoment moment) => moment.Phase switch
    {
        MatchPhase.Finished => "settled",
        MatchPhase.Postponed or MatchPhase.Abandoned => "cancelled",
        _ when moment.InPlay => "live",
        _ => "pending",
    };

    /// <summary>An event with every selected bookmaker's current markets (those not offering it now are left out).</summary>
    public static JsonObject EventOdds(SyntheticMatch match, IEnumerable<Bookmaker> bookmakers, DateTimeOffset now)
    {
        var json = Event(match, now);
        var books = new JsonObject();
        var urls = new JsonObject();
        foreach (var bookmaker in bookmakers)
        {
            var quote = OddsPricer.Quote(match, bookmaker, now);
            if (quote.Availability == OddsAvailability.Open)
            {
                books[bookmaker.Name] = quote.MarketsJson();
                urls[bookmaker.Name] = "N/A";
            }
        }
        json["bookmakers"] = books;
        json["urls"] = urls;
        return json;
    }

    /// <summary>A feed message: <c>created</c>/<c>updated</c> carry the markets, <c>deleted</c>/<c>no_markets</c> do not.</summary>
    public static JsonObject Message(string type, BookQuote quote, DateTimeOffset now, IReadOnlySet<string>? markets)
    {
        var json = new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = Timestamp(now),
            ["id"] = quote.EventId.ToString(CultureInfo.InvariantCulture),
            ["bookie"] = quote.Bookmaker.Name,
        };
        if (type is "created" or "updated")
        {
            json["markets"] = quote.MarketsJson(markets);
        }
        return json;
    }

    private static JsonObject Scores(Score score, Score? firstHalf)
    {
        var json = new JsonObject { ["home"] = score.Home, ["away"] = score.Away };
        if (firstHalf is { } half)
        {
            json["periods"] = new JsonObject
            {
                ["p1"] = new JsonObject { ["home"] = half.Home, ["away"] = half.Away },
                ["ft"] = new JsonObject { ["home"] = score.Home, ["away"] = score.Away },
            };
        }
        return json;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Replay.Generation;

namespace Proppr.Replay.FotMob;

/// <summary>
/// The day listing (<c>/api/matches?date=yyyyMMdd</c>) in the shape of FotMob's: leagues, each with its matches' ids,
/// teams, scores and status objects as they stand at the instant. Fixture resolution searches it by team names.
/// </summary>
public static class FotMobListingWriter
{
    public static string Write(MatchDay day, DateOnly date, DateTimeOffset now)
    {
        var matches = day.Matches.Where(m => DateOnly.FromDateTime(m.Kickoff.UtcDateTime) == date).ToList();
        var leagues = matches.GroupBy(m => m.League).Select(group => new JsonObject
        {
            ["ccode"] = group.Key.CountryCode,
            ["id"] = group.Key.Id,
            ["primaryId"] = group.Key.Id,
            ["name"] = group.Key.Name,
            ["internalRank"] = 30,
            ["liveRank"] = 101,
            ["simpleLeague"] = false,
            ["matches"] = new JsonArray([.. group.Select(m => Match(new MatchView(m, now)))]),
        });
        return new JsonObject
        {
            ["date"] = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            ["leagues"] = new JsonArray([.. leagues]),
        }.ToJsonString();
    }

    private static JsonObject Match(MatchView view)
    {
        var match = view.Match;
        JsonObject Team(SyntheticTeam team, int score) => new()
        {
            ["id"] = team.Id,
            ["score"] = score,
            ["name"] = team.Name,
            ["longName"] = team.Name,
        };
        return new JsonObject
        {
            ["id"] = match.MatchId,
            ["leagueId"] = match.League.Id,
            ["time"] = OsloTime.Minutes(match.Kickoff),
            ["home"] = Team(match.Home, view.Tally.Score.Home),
            ["away"] = Team(match.Away, view.Tally.Score.Away),
            ["eliminatedTeamId"] = null,
            ["statusId"] = FotMobStatus.StatusId(view),
            ["tournamentStage"] = match.Round.ToString(CultureInfo.InvariantCulture),
            ["status"] = FotMobStatus.Listing(view),
            ["timeTS"] = match.Kickoff.ToUnixTimeMilliseconds(),
        };
    }
}

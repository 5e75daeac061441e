using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// <c>content.lineup</c> in the 2024/25 shape: per side starters, subs and unavailable players. Before the lineups are out
/// it is FotMob's prediction (<c>lastStarting11</c>); once the match starts each player gets a <c>performance</c> with
/// rating, event markers and substitution minutes, and unused substitutes an empty one.
/// </summary>
internal static class FotMobLineup
{
    public static JsonObject Section(MatchView view)
    {
        var confirmed = view.Moment.LineupsKnown;
        return new JsonObject
        {
            ["matchId"] = view.MatchId,
            ["lineupType"] = confirmed ? "standard" : "lastStarting11",
            ["source"] = confirmed ? "enetpulse" : "lastStartingLineups",
            ["availableFilters"] = new JsonArray("marketValue", "match", "age", "country", "fantasy"),
            ["homeTeam"] = Team(view, Side.Home),
            ["awayTeam"] = Team(view, Side.Away),
        };
    }

    private static JsonObject Team(MatchView view, Side side)
    {
        var team = view.Team(side);
        var starters = team.Starters.ToList();
        var ratings = starters.Select(view.Rating).OfType<decimal>().ToList();
        var places = PitchLayout.Of(team);
        var captain = PitchLayout.Captain(team);
        return new JsonObject
        {
            ["id"] = team.Id,
            ["name"] = team.Name,
            ["rating"] = ratings.Count > 0 ? Math.Round(ratings.Average(), 1) : null,
            ["formation"] = team.Formation,
            ["starters"] = new JsonArray([.. starters.Select(p => Player(view, p, places[p.Id], p.Id == captain))]),
            ["coach"] = Coach(team),
            ["subs"] = new JsonArray([.. team.Substitutes.Select(p => Player(view, p, null, false))]),
            ["unavailable"] = new JsonArray([.. team.Unavailable.Select(Unavailable)]),
            ["averageStarterAge"] = Math.Round(starters.Average(p => p.Age), 1),
            ["totalStarterMarketValue"] = starters.Sum(MarketValue),
        };
    }

    private static JsonObject Player(MatchView view, SquadPlayer player, PitchPlace? place, bool captain)
    {
        var json = new JsonObject
        {
            ["id"] = player.Id,
            ["age"] = player.Age,
            ["name"] = player.Name,
        };
        if (place is not null)
        {
            json["positionId"] = place.PositionId;
        }
        json["usualPlayingPositionId"] = (int)player.Position;
        json["shirtNumber"] = player.ShirtNumber.ToString(CultureInfo.InvariantCulture);
        json["countryName"] = player.CountryName;
        json["countryCode"] = player.CountryCode;
        if (place is not null)
        {
            json["horizontalLayout"] = Box(place.Line, place.Across, 0.25, 0.192);
            json["verticalLayout"] = Box(place.Across, place.Line, 0.192, 1);
        }
        if (captain)
        {
            json["isCaptain"] = true;
        }
        json["marketValue"] = MarketValue(player);
        if (view.Moment.Started)
        {
            json["performance"] = Performance(view, player);
        }
        json["firstName"] = player.FirstName;
        json["lastName"] = player.LastName;
        json["rankings"] = null;
        return json;
    }

    private static JsonObject Performance(MatchView view, SquadPlayer player)
    {
        var spell = view.Tally.Roster.Spell(player.Id);
        if (spell is null)
        {
            return [];
        }
        var line = view.Tally.Player(player.Id);
        var performance = new JsonObject();
        if (view.Rating(player) is { } rating)
        {
            performance["rating"] = Math.Round(rating, 1);
        }
        var markers = Enumerable.Repeat("goal", line.Goals)
            .Concat(Enumerable.Repeat("assist", line.Assists))
            .Concat(Enumerable.Repeat("yellowCard", line.YellowCards))
            .Concat(Enumerable.Repeat("redCard", line.RedCards))
            .ToList();
        if (markers.Count > 0)
        {
            performance["events"] = new JsonArray([.. markers.Select(type => new JsonObject { ["type"] = type })]);
        }
        var substitutions = view.Tally.Facts.Substitutions.Where(s => s.OnId == player.Id || s.OffId == player.Id).ToList();
        if (substitutions.Count > 0)
        {
            performance["substitutionEvents"] = new JsonArray([.. substitutions.Select(s => new JsonObject
            {
                ["time"] = s.Time.Minute,
                ["type"] = s.OnId == player.Id ? "subIn" : "subOut",
                ["reason"] = s.Injury ? "injury" : "tactical",
            })]);
        }
        performance["fantasyScore"] = view.FantasyPoints(player).ToString(CultureInfo.InvariantCulture);
        if (view.PlayerOfTheMatch?.Id == player.Id)
        {
            performance["playerOfTheMatch"] = true;
        }
        return performance;
    }

    private static JsonObject Unavailable(SquadPlayer player) => new()
    {
        ["id"] = player.Id,
        ["age"] = player.Age,
        ["name"] = player.Name,
        ["countryName"] = player.CountryName,
        ["countryCode"] = player.CountryCode,
        ["positionId"] = 1000,
        ["marketValue"] = MarketValue(player),
        ["unavailability"] = new JsonObject
        {
            ["injuryId"] = 40 + (player.Id % 40),
            ["type"] = player.Id % 4 == 0 ? "suspension" : "injury",
            ["expectedReturn"] = player.Id % 2 == 0 ? "Doubtful" : "Early April 2025",
        },
        ["firstName"] = player.FirstName,
        ["lastName"] = player.LastName,
    };

    private static JsonObject Coach(SyntheticTeam team)
    {
        var space = team.CoachName.IndexOf(' ');
        return new JsonObject
        {
            ["id"] = team.CoachId,
            ["age"] = 40 + (int)(team.CoachId % 25),
            ["name"] = team.CoachName,
            ["firstName"] = team.CoachName[..space],
            ["lastName"] = team.CoachName[(space + 1)..],
            ["countryName"] = "England",
            ["countryCode"] = "ENG",
            ["primaryTeamId"] = team.Id,
            ["primaryTeamName"] = team.Name,
            ["usualPlayingPositionId"] = null,
            ["isCoach"] = true,
        };
    }

    private static JsonObject Box(double x, double y, double height, double width) => new()
    {
        ["x"] = x,
        ["y"] = y,
        ["height"] = height,
        ["width"] = width,
    };

    private static long MarketValue(SquadPlayer player) => ((player.Id % 60) + 1) * 750_000;
}

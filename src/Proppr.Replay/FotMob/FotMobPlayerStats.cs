using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// <c>content.playerStats</c> (2024/25): one entry per squad member keyed by his id as a string, stats in groups keyed by
/// display title. Unused substitutes get <c>stats: []</c>; stats FotMob omits at zero (offsides, corners, blocked shots,
/// shots on target for non-shooters) are omitted here too, and "Was fouled" at zero has no value, as in real payloads.
/// </summary>
internal static class FotMobPlayerStats
{
    /// <summary>The section, or null before kickoff.</summary>
    public static JsonObject? Section(MatchView view, IReadOnlyList<ShotEntry> shots)
    {
        if (!view.Moment.Started)
        {
            return null;
        }
        var section = new JsonObject();
        foreach (var side in new[] { Actors.Matches.Side.Home, Actors.Matches.Side.Away })
        {
            var team = view.Team(side);
            foreach (var player in team.Squad.Where(p => p.Role != SquadRole.Unavailable))
            {
                section[player.Id.ToString(CultureInfo.InvariantCulture)] = Entry(view, team, player, shots);
            }
        }
        return section;
    }

    private static JsonObject Entry(MatchView view, SyntheticTeam team, SquadPlayer player, IReadOnlyList<ShotEntry> shots)
    {
        var played = view.Tally.Roster.Spell(player.Id) is not null;
        var line = view.Tally.Player(player.Id);
        var groups = !played ? [] : player.IsGoalkeeper ? KeeperGroups(view, player, line) : OutfieldGroups(view, player, line);
        var entry = new JsonObject
        {
            ["name"] = player.Name,
            ["id"] = player.Id,
            ["optaId"] = (player.Id - 900_000).ToString(CultureInfo.InvariantCulture),
            ["teamId"] = team.Id,
            ["teamName"] = team.Name,
            ["isGoalkeeper"] = player.IsGoalkeeper,
            ["stats"] = new JsonArray([.. groups]),
            ["shotmap"] = new JsonArray([.. shots.Where(s => s.PlayerId == player.Id).Select(s => s.Copy())]),
            ["funFacts"] = new JsonArray(),
            ["shirtNumber"] = player.ShirtNumber.ToString(CultureInfo.InvariantCulture),
        };
        if (PitchLayout.Of(team).TryGetValue(player.Id, out var place))
        {
            entry["positionId"] = place.PositionId;
        }
        entry["usualPosition"] = (int)player.Position;
        if (view.PlayerOfTheMatch?.Id == player.Id)
        {
            entry["isPotm"] = true;
        }
        return entry;
    }

    private static IEnumerable<JsonNode> OutfieldGroups(MatchView view, SquadPlayer player, StatLine line)
    {
        var top = Stats(
            Rating(view, player),
            Minutes(line),
            Integer("Goals", "goals", line.Goals),
            Integer("Assists", "assists", line.Assists),
            Integer("Total shots", "total_shots", line.Shots),
            AccuratePasses(line),
            line.Shots > 0 ? Double("Expected goals (xG)", "expected_goals", line.ExpectedGoals) : null,
            Fantasy(view, player));
        var attack = Stats(
            line.Shots > 0 ? Fraction("Shots on target", "ShotsOnTarget", line.ShotsOnTarget, line.Shots) : null,
            line.BlockedShots > 0 ? Integer("Blocked shots", "blocked_shots", line.BlockedShots) : null,
            Integer("Touches", "touches", line.Touches),
            line.Offsides > 0 ? Integer("Offsides", "Offsides", line.Offsides) : null,
            line.Corners > 0 ? Integer("Corners", "corners", line.Corners) : null);
        var defense = Stats(
            Integer("Tackles", "matchstats.headers.tackles", line.Tackles),
            Integer("Interceptions", "interceptions", line.Interceptions));
        var duels = Stats(
            WasFouled(line),
            Integer("Fouls committed", "fouls", line.Fouls));
        return [Group("Top stats", "top_stats", top), Group("Attack", "attack", attack), Group("Defense", "defense", defense), Group("Duels", "duels", duels)];
    }

    /// <summary>Keepers have one big top-stats group, with saves and goals conceded and no goals or assists.</summary>
    private static IEnumerable<JsonNode> KeeperGroups(MatchView view, SquadPlayer player, StatLine line)
    {
        var top = Stats(
            Rating(view, player),
            Minutes(line),
            Integer("Saves", "saves", line.Saves),
            Integer("Goals conceded", "goals_conceded", line.GoalsConceded),
            AccuratePasses(line),
            Fantasy(view, player),
            Integer("Touches", "touches", line.Touches),
            Hidden(WasFouled(line)),
            Hidden(Integer("Fouls committed", "fouls", line.Fouls)),
            Hidden(Integer("Tackles", "matchstats.headers.tackles", line.Tackles)),
            Hidden(Integer("Interceptions", "interceptions", line.Interceptions)));
        return [Group("Top stats", "top_stats", top)];
    }

    private static JsonObject Group(string title, string key, JsonObject stats) => new()
    {
        ["title"] = title,
        ["key"] = key,
        ["stats"] = stats,
    };

    private static JsonObject Stats(params (string Title, JsonObject Stat)?[] stats) =>
        new(stats.OfType<(string Title, JsonObject Stat)>().Select(s => KeyValuePair.Create(s.Title, (JsonNode?)s.Stat)));

    private static (string, JsonObject)? Rating(MatchView view, SquadPlayer player) =>
        view.Rating(player) is { } rating ? Stat("FotMob rating", "rating_title", new JsonObject { ["value"] = rating, ["type"] = "double" }) : null;

    private static (string, JsonObject) Fantasy(MatchView view, SquadPlayer player) =>
        Stat("Fantasy points", "fantasy_points", new JsonObject { ["value"] = view.FantasyPoints(player), ["type"] = "fantasyPoints" });

    private static (string, JsonObject) Minutes(StatLine line) => Integer("Minutes played", "minutes_played", line.Minutes);

    private static (string, JsonObject) AccuratePasses(StatLine line) =>
        Fraction("Accurate passes", "accurate_passes", line.AccuratePasses, line.Passes);

    /// <summary>FotMob often sends "Was fouled" with no value at all when it is zero.</summary>
    private static (string, JsonObject) WasFouled(StatLine line) =>
        line.WasFouled > 0
            ? Integer("Was fouled", "was_fouled", line.WasFouled)
            : Stat("Was fouled", "was_fouled", new JsonObject { ["type"] = "integer" });

    private static (string, JsonObject) Integer(string title, string key, int value) =>
        Stat(title, key, new JsonObject { ["value"] = value, ["type"] = "integer" });

    private static (string, JsonObject) Double(string title, string key, decimal value) =>
        Stat(title, key, new JsonObject { ["value"] = value, ["type"] = "double" });

    /// <summary><c>{value, total}</c>: successes out of attempts, which FotMob's pages print as <c>"32/35 (91%)"</c>.</summary>
    private static (string, JsonObject) Fraction(string title, string key, int value, int total) =>
        Stat(title, key, new JsonObject { ["value"] = value, ["total"] = total, ["type"] = "fractionWithPercentage" });

    private static (string, JsonObject) Stat(string title, string key, JsonObject stat) =>
        (title, new JsonObject { ["key"] = key, ["stat"] = stat });

    private static (string, JsonObject) Hidden((string Title, JsonObject Stat) stat)
    {
        stat.Stat["hideInPopupCard"] = true;
        return stat;
    }
}

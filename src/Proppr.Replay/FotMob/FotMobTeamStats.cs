using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// <c>content.stats.Periods</c>: All, FirstHalf and SecondHalf, each the 2024/25 groups of rows
/// <c>{title, key, stats:[home, away], format, type, highlighted}</c>. xG and percentage stats are strings, as FotMob writes them.
/// </summary>
internal static class FotMobTeamStats
{
    private sealed record Row(string Title, string Key, string? Format, Func<StatLine, StatLine, Side, JsonNode?> Value, Func<StatLine, decimal> Compare);

    /// <summary>Possession from the share of passes: the key is misspelt in FotMob's data and kept so.</summary>
    private static readonly Row Possession = new("Ball possession", "BallPossesion", "integer", (home, away, side) =>
    {
        var total = home.Passes + away.Passes;
        var homeShare = total == 0 ? 50 : (int)Math.Round(100m * home.Passes / total, MidpointRounding.AwayFromZero);
        return side == Side.Home ? homeShare : 100 - homeShare;
    }, l => l.Passes);

    private static readonly Row Xg = new("Expected goals (xG)", "expected_goals", "double",
        (home, away, side) => (side == Side.Home ? home : away).ExpectedGoals.ToString("0.00", CultureInfo.InvariantCulture), l => l.ExpectedGoals);

    /// <summary>Accurate passes as FotMob prints them: <c>"364 (83%)"</c>.</summary>
    private static readonly Row AccuratePasses = new("Accurate passes", "accurate_passes", "integerWithPercentage", (home, away, side) =>
    {
        var line = side == Side.Home ? home : away;
        var percent = line.Passes == 0 ? 0 : (int)Math.Round(100m * line.AccuratePasses / line.Passes, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{line.AccuratePasses} ({percent}%)");
    }, l => l.AccuratePasses);

    // Declared after the rows it uses: static fields initialise in order.
    private static readonly (string Title, string Key, string HeaderKey, Row[] Rows)[] Groups =
    [
        ("Top stats", "top_stats", "", [Possession, Xg, Count("Total shots", "total_shots", l => l.Shots), Count("Shots on target", "ShotsOnTarget", l => l.ShotsOnTarget),
            Count("Big chances", "big_chance", l => l.BigChances), AccuratePasses, Count("Fouls committed", "fouls", l => l.Fouls), Count("Corners", "corners", l => l.Corners)]),
        ("Shots", "shots", "shots", [Count("Total shots", "total_shots", l => l.Shots), Count("Shots off target", "ShotsOffTarget", l => l.ShotsOffTarget),
            Count("Shots on target", "ShotsOnTarget", l => l.ShotsOnTarget), Count("Blocked shots", "blocked_shots", l => l.BlockedShots)]),
        ("Expected goals (xG)", "expected_goals", "expected_goals", [Xg]),
        ("Passes", "passes", "passes", [Count("Passes", "passes", l => l.Passes), AccuratePasses, Count("Touches", "touches", l => l.Touches),
            Count("Offsides", "Offsides", l => l.Offsides)]),
        ("Defence", "defence", "defense", [Count("Tackles", "matchstats.headers.tackles", l => l.Tackles), Count("Interceptions", "interceptions", l => l.Interceptions),
            Count("Keeper saves", "keeper_saves", l => l.Saves)]),
        ("Discipline", "discipline", "discipline", [Count("Yellow cards", "yellow_cards", l => l.YellowCards), Count("Red cards", "red_cards", l => l.RedCards)]),
    ];

    /// <summary>The stats section, or null before kickoff (as FotMob sends it).</summary>
    public static JsonObject? Section(MatchView view)
    {
        if (!view.Moment.Started)
        {
            return null;
        }
        var tally = view.Tally;
        return new JsonObject
        {
            ["Periods"] = new JsonObject
            {
                ["All"] = Period(Line(tally, Side.Home, null), Line(tally, Side.Away, null)),
                ["FirstHalf"] = Period(Line(tally, Side.Home, MatchPeriod.FirstHalf), Line(tally, Side.Away, MatchPeriod.FirstHalf)),
                ["SecondHalf"] = Period(Line(tally, Side.Home, MatchPeriod.SecondHalf), Line(tally, Side.Away, MatchPeriod.SecondHalf)),
            },
        };
    }

    /// <summary>
    /// A side's line as FotMob's rows count it: the first yellow of a player later sent off for a second is left out of
    /// <c>yellow_cards</c> (the second yellow counts as his red).
    /// </summary>
    private static StatLine Line(MatchTally tally, Side side, MatchPeriod? half)
    {
        var line = tally.Team(side, half);
        var cards = tally.Facts.Cards;
        var dropped = cards.Count(c => c.Side == side && c.Kind == CardKind.Yellow && (half is null || c.Time.Period == half)
            && cards.Any(o => o.PlayerId == c.PlayerId && o.Kind == CardKind.SecondYellow));
        return line with { YellowCards = line.YellowCards - dropped };
    }

    private static JsonObject Period(StatLine home, StatLine away) => new()
    {
        ["stats"] = new JsonArray([.. Groups.Select(g => Group(g.Title, g.Key, g.HeaderKey, g.Rows, home, away))]),
        ["teamColors"] = MatchView.TeamColours(),
    };

    /// <summary>Every group but the top one opens with a title row whose cells are null.</summary>
    private static JsonObject Group(string title, string key, string headerKey, Row[] rows, StatLine home, StatLine away)
    {
        var json = new JsonArray();
        if (headerKey.Length > 0)
        {
            json.Add(new JsonObject
            {
                ["title"] = title,
                ["key"] = headerKey,
                ["stats"] = new JsonArray(null, null),
                ["type"] = "title",
                ["highlighted"] = "equal",
            });
        }
        foreach (var row in rows)
        {
            var (h, a) = (row.Compare(home), row.Compare(away));
            json.Add(new JsonObject
            {
                ["title"] = row.Title,
                ["key"] = row.Key,
                ["stats"] = new JsonArray(row.Value(home, away, Side.Home), row.Value(home, away, Side.Away)),
                ["format"] = row.Format,
                ["type"] = row.Key == "BallPossesion" ? "graph" : "text",
                ["highlighted"] = h > a ? "home" : h < a ? "away" : "equal",
            });
        }
        return new JsonObject { ["title"] = title, ["key"] = key, ["stats"] = json };
    }

    private static Row Count(string title, string key, Func<StatLine, int> value) =>
        new(title, key, "integer", (home, away, side) => value(side == Side.Home ? home : away), l => value(l));
}

using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;

namespace Proppr.Replay.FotMob;

/// <summary>
/// The shot map: every published shot (goals included, own goals not) with made-up but stable geometry. Entries are
/// numbered over the whole match in time order, so a shot keeps its id and position from its minute to the correction.
/// </summary>
internal static class FotMobShotmap
{
    public static IReadOnlyList<ShotEntry> Shots(MatchView view)
    {
        var facts = view.Match.FactsFor(view.Moment.Corrected);
        var all = facts.Goals.Where(g => !g.OwnGoal).Cast<IMatchFact>().Concat(facts.Shots).OrderBy(f => f.Time).ToList();
        var cutoff = view.Moment.Cutoff;
        return all
            .Select((fact, index) => (fact, index))
            .Where(s => cutoff is { } last && s.fact.Time <= last)
            .Select(s => Entry(view, s.fact, s.index))
            .ToList();
    }

    public static JsonObject Section(IReadOnlyList<ShotEntry> shots)
    {
        JsonArray Copies(IEnumerable<ShotEntry> entries) => [.. entries.Select(e => e.Copy())];
        return new JsonObject
        {
            ["shots"] = Copies(shots),
            ["Periods"] = new JsonObject
            {
                ["All"] = Copies(shots),
                ["FirstHalf"] = Copies(shots.Where(s => s.Fact.Time.Period == MatchPeriod.FirstHalf)),
                ["SecondHalf"] = Copies(shots.Where(s => s.Fact.Time.Period == MatchPeriod.SecondHalf)),
            },
        };
    }

    private static ShotEntry Entry(MatchView view, IMatchFact fact, int index)
    {
        var (playerId, expectedGoals, outcome, penalty) = fact switch
        {
            GoalFact goal => (goal.ScorerId, goal.ExpectedGoals, (ShotOutcome?)null, goal.Penalty),
            ShotFact shot => (shot.PlayerId, shot.ExpectedGoals, shot.Outcome, false),
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "not a shot"),
        };
        var player = view.Player(playerId);
        var team = view.Team(fact.Side);
        var keeper = view.Team(fact.Side.Opponent()).Starters.First(p => p.IsGoalkeeper);
        var onTarget = outcome is null or ShotOutcome.Saved;
        var blocked = outcome == ShotOutcome.Blocked;

        // Geometry only has to look right and stay put: a generator seeded by the match and the shot's number.
        var random = new Random(unchecked((int)(view.MatchId * 397) ^ index));
        var x = penalty ? 94.0 : Math.Round(random.Between(76, 99), 2);
        var y = penalty ? 34.0 : Math.Round(random.Between(18, 50), 2);
        return new ShotEntry(fact, playerId, new JsonObject
        {
            ["id"] = (view.MatchId * 1000) + index,
            ["eventType"] = outcome switch
            {
                null => "Goal",
                ShotOutcome.OffTarget => "Miss",
                _ => "AttemptSaved",
            },
            ["teamId"] = team.Id,
            ["playerId"] = player.Id,
            ["playerName"] = player.Name,
            ["x"] = x,
            ["y"] = y,
            ["min"] = fact.Time.Minute,
            ["minAdded"] = fact.Time.Added > 0 ? fact.Time.Added : null,
            ["isBlocked"] = blocked,
            ["isOnTarget"] = onTarget,
            ["blockedX"] = blocked ? Math.Round(x + 3, 2) : null,
            ["blockedY"] = blocked ? Math.Round(y + 1, 2) : null,
            ["goalCrossedY"] = Math.Round(random.Between(30, 38), 2),
            ["goalCrossedZ"] = Math.Round(random.Between(0.1, onTarget ? 2.3 : 4.5), 2),
            ["expectedGoals"] = expectedGoals,
            ["expectedGoalsOnTarget"] = onTarget ? Math.Round(expectedGoals * 1.4m, 2) : 0m,
            ["shotType"] = random.Pick(["RightFoot", "LeftFoot", "Header"]),
            ["situation"] = penalty ? "Penalty" : random.Pick(["RegularPlay", "RegularPlay", "FromCorner", "FastBreak", "SetPiece"]),
            ["period"] = fact.Time.Period == MatchPeriod.FirstHalf ? "FirstHalf" : "SecondHalf",
            ["isOwnGoal"] = false,
            ["onGoalShot"] = new JsonObject
            {
                ["x"] = Math.Round(random.Between(0, 2), 3),
                ["y"] = Math.Round(random.Between(0, onTarget ? 0.66 : 1), 3),
                ["zoomRatio"] = 1,
            },
            ["isSavedOffLine"] = false,
            ["isFromInsideBox"] = x > 83,
            ["keeperId"] = onTarget ? keeper.Id : null,
            ["firstName"] = player.FirstName,
            ["lastName"] = player.LastName,
            ["fullName"] = player.Name,
            ["teamColor"] = MatchView.Colour(fact.Side),
        });
    }
}

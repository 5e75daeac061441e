using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// Draws one post-match correction of the kind data providers really publish: a goal credited to a team-mate, or the
/// corner count moved by one. Everything else in the facts stays as it was.
/// </summary>
internal sealed class CorrectionGenerator(Random random)
{
    public StatCorrection Correct(SyntheticTeam home, SyntheticTeam away, MatchFacts facts)
    {
        var delay = TimeSpan.FromMinutes(random.Next(5, 21));
        var roster = PitchRoster.Of(home, away, facts);
        var reattributable = facts.Goals
            .Where(g => !g.OwnGoal && !g.Penalty && NewScorers(roster, g).Count > 0)
            .ToList();
        if (reattributable.Count > 0 && random.Chance(0.6))
        {
            var goal = random.Pick(reattributable);
            var scorer = random.Pick(NewScorers(roster, goal));
            var corrected = facts with { Goals = facts.Goals.Replace(goal, goal with { ScorerId = scorer.Id }) };
            var was = roster.Team(goal.Side).Player(goal.ScorerId);
            return new StatCorrection(CorrectionKind.GoalReattributed, delay,
                $"goal at {goal.Time} credited to {scorer.Name} instead of {was.Name}", corrected);
        }
        if (facts.Corners.Length > 0 && random.Chance(0.5))
        {
            var corner = random.Pick(facts.Corners);
            return new StatCorrection(CorrectionKind.CornerRemoved, delay,
                $"{corner.Side} corner at {corner.Time} struck off", facts with { Corners = facts.Corners.Remove(corner) });
        }
        var side = random.Chance(0.5) ? Side.Home : Side.Away;
        var at = facts.PlayingTime.Random(random);
        var taker = random.Pick(roster.OnPitch(side, at).Where(p => !p.IsGoalkeeper).ToList());
        var added = new CornerFact(at, side, taker.Id);
        return new StatCorrection(CorrectionKind.CornerAdded, delay, $"{side} corner at {at} added",
            facts with { Corners = [.. facts.Corners.Append(added).OrderBy(c => c.Time)] });
    }

    /// <summary>Outfield team-mates on the pitch at the goal, other than the scorer and the assister.</summary>
    private static List<SquadPlayer> NewScorers(PitchRoster roster, GoalFact goal) =>
        roster.OnPitch(goal.Side, goal.Time)
            .Where(p => !p.IsGoalkeeper && p.Id != goal.ScorerId && p.Id != goal.AssistId)
            .ToList();
}

using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// Draws one post-match correction of the kinds data providers really publish: a goal credited to a team-mate or ruled
/// an own goal, an assist changed, a corner or a booking added or struck off, a shot re-marked on target. Everything
/// else in the facts stays as it was. Most land within 20 minutes of full time; a late one lands between the first
/// correction check (30 minutes) and the second (2 hours), so only the second can see it.
/// </summary>
internal sealed class CorrectionGenerator(Random random, double lateShare)
{
    public StatCorrection Correct(SyntheticTeam home, SyntheticTeam away, MatchFacts facts)
    {
        var delay = random.Chance(lateShare) ? TimeSpan.FromMinutes(random.Next(35, 116)) : TimeSpan.FromMinutes(random.Next(5, 21));
        var roster = PitchRoster.Of(home, away, facts);
        var kinds = Enum.GetValues<CorrectionKind>().Where(kind => Applies(kind, roster, facts)).ToList();
        var kind = random.Pick(kinds);
        var (description, corrected) = Apply(kind, roster, facts);
        return new StatCorrection(kind, delay, description, corrected);
    }

    private static bool Applies(CorrectionKind kind, PitchRoster roster, MatchFacts facts) => kind switch
    {
        CorrectionKind.GoalReattributed => Reattributable(roster, facts).Count > 0,
        CorrectionKind.OwnGoalRuled => facts.Goals.Any(g => OpenPlay(g) && Defenders(roster, g).Count > 0),
        CorrectionKind.AssistChanged => facts.Goals.Any(OpenPlay),
        CorrectionKind.CornerRemoved => facts.Corners.Length > 0,
        CorrectionKind.CardRemoved => facts.LoneYellows.Count > 0,
        CorrectionKind.ShotOnTarget => facts.Shots.Any(s => s.Outcome != ShotOutcome.Saved),
        _ => true,
    };

    private (string Description, MatchFacts Corrected) Apply(CorrectionKind kind, PitchRoster roster, MatchFacts facts)
    {
        switch (kind)
        {
            case CorrectionKind.GoalReattributed:
                {
                    var goal = random.Pick(Reattributable(roster, facts));
                    var scorer = random.Pick(NewScorers(roster, goal));
                    var was = roster.Team(goal.Side).Player(goal.ScorerId);
                    return ($"goal at {goal.Time} credited to {scorer.Name} instead of {was.Name}",
                        facts with { Goals = facts.Goals.Replace(goal, goal with { ScorerId = scorer.Id }) });
                }
            case CorrectionKind.OwnGoalRuled:
                {
                    var goal = random.Pick(facts.Goals.Where(g => OpenPlay(g) && Defenders(roster, g).Count > 0).ToList());
                    var unlucky = random.Pick(Defenders(roster, goal));
                    return ($"goal at {goal.Time} ruled an own goal by {unlucky.Name}",
                        facts with { Goals = facts.Goals.Replace(goal, goal with { ScorerId = unlucky.Id, AssistId = null, OwnGoal = true, ExpectedGoals = 0m }) });
                }
            case CorrectionKind.AssistChanged:
                {
                    var goal = random.Pick(facts.Goals.Where(OpenPlay).ToList());
                    var others = NewScorers(roster, goal);
                    long? assist = goal.AssistId is null && others.Count > 0 ? random.Pick(others).Id : null;
                    return ($"assist for the goal at {goal.Time} {(assist is null ? "struck off" : "credited")}",
                        facts with { Goals = facts.Goals.Replace(goal, goal with { AssistId = assist }) });
                }
            case CorrectionKind.CornerRemoved:
                {
                    var corner = random.Pick(facts.Corners);
                    return ($"{corner.Side} corner at {corner.Time} struck off", facts with { Corners = facts.Corners.Remove(corner) });
                }
            case CorrectionKind.CardAdded:
                {
                    var (side, at, player) = Someone(roster, facts, p => facts.Cards.All(c => c.PlayerId != p.Id));
                    return ($"{side} booking of {player.Name} at {at} added",
                        facts with { Cards = [.. facts.Cards.Append(new CardFact(at, side, player.Id, CardKind.Yellow)).OrderBy(c => c.Time)] });
                }
            case CorrectionKind.CardRemoved:
                {
                    var card = random.Pick(facts.LoneYellows);
                    return ($"{card.Side} booking at {card.Time} rescinded", facts with { Cards = facts.Cards.Remove(card) });
                }
            case CorrectionKind.ShotOnTarget:
                {
                    var shot = random.Pick(facts.Shots.Where(s => s.Outcome != ShotOutcome.Saved).ToList());
                    return ($"{shot.Side} shot at {shot.Time} re-marked as saved",
                        facts with { Shots = facts.Shots.Replace(shot, shot with { Outcome = ShotOutcome.Saved }) });
                }
            default:
                {
                    var (side, at, taker) = Someone(roster, facts, _ => true);
                    var added = new CornerFact(at, side, taker.Id);
                    return ($"{side} corner at {at} added", facts with { Corners = [.. facts.Corners.Append(added).OrderBy(c => c.Time)] });
                }
        }
    }

    /// <summary>An outfield player on the pitch at a random minute, one of those <paramref name="allowed"/> when any is.</summary>
    private (Side Side, MatchTime At, SquadPlayer Player) Someone(PitchRoster roster, MatchFacts facts, Func<SquadPlayer, bool> allowed)
    {
        while (true)
        {
            var side = random.Chance(0.5) ? Side.Home : Side.Away;
            var at = facts.PlayingTime.Random(random);
            var candidates = roster.OnPitch(side, at).Where(p => !p.IsGoalkeeper && allowed(p)).ToList();
            if (candidates.Count > 0)
            {
                return (side, at, random.Pick(candidates));
            }
        }
    }

    private static bool OpenPlay(GoalFact goal) => !goal.OwnGoal && !goal.Penalty;

    private static List<GoalFact> Reattributable(PitchRoster roster, MatchFacts facts) =>
        facts.Goals.Where(g => OpenPlay(g) && NewScorers(roster, g).Count > 0).ToList();

    /// <summary>Outfield team-mates on the pitch at the goal, other than the scorer and the assister.</summary>
    private static List<SquadPlayer> NewScorers(PitchRoster roster, GoalFact goal) =>
        roster.OnPitch(goal.Side, goal.Time)
            .Where(p => !p.IsGoalkeeper && p.Id != goal.ScorerId && p.Id != goal.AssistId)
            .ToList();

    /// <summary>Outfield opponents on the pitch at the goal, who could have turned it in.</summary>
    private static List<SquadPlayer> Defenders(PitchRoster roster, GoalFact goal) =>
        roster.OnPitch(goal.Side.Opponent(), goal.Time).Where(p => !p.IsGoalkeeper).ToList();
}

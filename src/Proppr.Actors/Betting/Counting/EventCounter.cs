using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Counts from the timed event lists, which split any period: goals, assists and cards from the match events, shots
/// and shots on target from the shot map. Own goals never count for the player who put them in; cards shown to coaches,
/// to players off the pitch or in the shoot-out never count.
/// </summary>
internal static class EventCounter
{
    /// <summary>The count, or null when the events do not carry this stat (or there is no shot map).</summary>
    public static int? Count(MatchSnapshot match, PeriodWindow window, Stat stat, Subject who) => stat switch
    {
        Stat.Goals => match.Goals.Count(g => window.Contains(g.Period) && IsGoalOf(g, who)),
        Stat.Assists => match.Goals.Count(g => window.Contains(g.Period) && !g.OwnGoal && g.AssistId is { } assist && who.Owns(g.CreditedTo, assist)),
        Stat.YellowCards or Stat.RedCards => Cards(match, window, stat, who),
        Stat.Shots or Stat.ShotsOnTarget when match.HasShotMap => match.Shots.Count(s =>
            !s.OwnGoal && window.Contains(s.Period) && who.Owns(s.Side, s.PlayerId) && (stat == Stat.Shots || s.OnTarget)),
        _ => null,
    };

    /// <summary>Cards of one kind shown in the window to players on the pitch.</summary>
    public static int Cards(MatchSnapshot match, PeriodWindow window, Stat stat, Subject who) =>
        match.Cards.Count(c => c.Counts && window.Contains(c.Period) && who.Owns(c.Side, c.PlayerId) && IsCounted(c.Kind, stat));

    /// <summary>An own goal counts only for the side it is credited to, never for a player.</summary>
    private static bool IsGoalOf(GoalEvent goal, Subject who) =>
        goal.OwnGoal ? who.PlayerId is null && who.Owns(goal.CreditedTo, null) : who.Owns(goal.CreditedTo, goal.ScorerId);

    /// <summary>
    /// A second booking arrives as a yellow and then a <see cref="CardKind.SecondYellow"/>: the yellow counts among the
    /// yellows, the sending-off among the reds, like a straight red (the Betradar-style count of the research, §1.11:
    /// the second yellow is not a yellow again). Counts only grow, so an in-play decision on cards stands.
    /// </summary>
    private static bool IsCounted(CardKind kind, Stat stat) =>
        stat == Stat.YellowCards ? kind == CardKind.Yellow : kind is CardKind.Red or CardKind.SecondYellow;
}

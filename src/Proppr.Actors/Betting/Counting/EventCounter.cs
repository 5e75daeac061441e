using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// Counts from the timed event lists, which split any period: goals and assists from the match events, cards as
/// bookmakers count them (<see cref="CardBookings"/>), shots and shots on target from the shot map. Own goals never
/// count for the player who put them in.
/// </summary>
internal static class EventCounter
{
    /// <summary>The count, or null when the events do not carry this stat (or there is no shot map).</summary>
    public static int? Count(MatchDetails match, PeriodWindow window, Stat stat, Subject who) => stat switch
    {
        Stat.Goals => match.Goals.Count(g => window.Contains(g.Period) && IsGoalOf(g, who)),
        Stat.Assists => match.Goals.Count(g => window.Contains(g.Period) && !g.OwnGoal && g.AssistId is { } assist && who.Owns(g.CreditedTo, assist)),
        Stat.YellowCards or Stat.RedCards => CardBookings.Count(match, window, stat, who),
        Stat.Shots or Stat.ShotsOnTarget when match.HasShotMap => match.Shots.Count(s =>
            !s.OwnGoal && window.Contains(s.Period) && who.Owns(s.Side, s.PlayerId) && (stat == Stat.Shots || s.OnTarget)),
        _ => null,
    };

    /// <summary>An own goal counts only for the side it is credited to, never for a player.</summary>
    private static bool IsGoalOf(GoalEvent goal, Subject who) =>
        goal.OwnGoal ? who.PlayerId is null && who.Owns(goal.CreditedTo, null) : who.Owns(goal.CreditedTo, goal.ScorerId);
}

using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// One player's count over a bet's window (<c>spec/settlement-rules.md</c>, Periods and what counts). Goals and cards
/// always come from the events: player stats carry no cards, and goal events tell own goals and minutes apart. Other
/// stats come from the player's whole-match stats (a missing stat means 0, if he has stats at all) when those are the window's: he was on the pitch
/// only within it (a full-time bet in a match without extra time, a player who left before extra time or the end of
/// the first half, a substitute who came on in the second half). Otherwise from the events where they carry the stat
/// (assists, the shot map), else the count is unavailable. A player who was never on the pitch in the window (a
/// starter who went off before the second half) did nothing in it.
/// </summary>
internal static class PlayerCounter
{
    public static StatCount Count(MatchDetails match, MatchPlayer player, Stat stat, PeriodWindow window, TimeOnPitch pitch)
    {
        if (!pitch.AppearedIn(window))
        {
            return StatCount.Known(0m);
        }
        var fromEvents = EventCounter.Count(match, window, stat, Subject.Player(player.Id));
        if (fromEvents is { } counted && stat is Stat.Goals or Stat.YellowCards or Stat.RedCards)
        {
            return StatCount.Known(counted);
        }
        // Every player who played has his minutes; without them the provider gave no stats for him (not yet, or not
        // at this coverage), and a stat it did not give is unknown, not zero.
        if (!player.Stats.ContainsKey(Stat.MinutesPlayed))
        {
            return fromEvents is { } timed ? StatCount.Known(timed) : StatCount.Missing();
        }
        var wholeMatch = player.StatOrZero(stat);
        if (pitch.OnlyWithin(window, match))
        {
            return StatCount.Known(wholeMatch);
        }
        return fromEvents is { } split ? StatCount.Known(split) : StatCount.Unsplit(window, wholeMatch);
    }
}

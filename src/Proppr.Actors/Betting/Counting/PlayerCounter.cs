using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// One player's count over a bet's window (<c>spec/settlement-rules.md</c>, Periods and what counts). Goals and cards
/// always come from the events: player stats carry no cards, and goal events tell own goals and minutes apart. Other
/// stats come from the player's whole-match stats (missing means 0) when those are the window's: a full-time bet in a
/// match without extra time, or a player who left before it. Otherwise from the events where they carry the stat
/// (assists, the shot map), else the count is unavailable.
/// </summary>
internal static class PlayerCounter
{
    public static StatCount Count(MatchSnapshot match, MatchPlayer player, Stat stat, PeriodWindow window, TimeOnPitch pitch)
    {
        var fromEvents = EventCounter.Count(match, window, stat, Subject.Player(player.Id));
        if (fromEvents is { } counted && stat is Stat.Goals or Stat.YellowCards or Stat.RedCards)
        {
            return StatCount.Known(counted);
        }
        var wholeMatch = player.StatOrZero(stat);
        if (window.IsFullTime && (!match.WentToExtraTime || pitch.LeftWithin(window)))
        {
            return StatCount.Known(wholeMatch);
        }
        return fromEvents is { } split ? StatCount.Known(split) : StatCount.Unsplit(window, wholeMatch);
    }
}

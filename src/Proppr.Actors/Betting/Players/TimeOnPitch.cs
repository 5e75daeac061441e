using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>
/// When a squad member was on the pitch: from kickoff for a starter, from his substitution for a substitute who came
/// on (<see cref="On"/> null: he never did), until he was substituted off or sent off (<see cref="Off"/> null: he was
/// not). Times come from the lineup, else from the substitution and card events.
/// </summary>
internal readonly record struct TimeOnPitch(MatchTime? On, MatchTime? Off)
{
    private static readonly MatchTime Kickoff = new(0);

    public static TimeOnPitch Of(MatchPlayer player, MatchDetails match)
    {
        var on = player.Role switch
        {
            PlayerRole.Starter => Kickoff,
            // A substitute known to have come on at an unknown time is taken to have been on throughout.
            PlayerRole.SubstituteUsed => player.SubbedOn ?? match.Substitutions.FirstOrDefault(s => s.PlayerOnId == player.Id)?.Time ?? Kickoff,
            _ => (MatchTime?)null,
        };
        var off = player.SubbedOff
                  ?? match.Substitutions.FirstOrDefault(s => s.PlayerOffId == player.Id)?.Time
                  ?? match.Cards.Where(c => c.Counts && c.PlayerId == player.Id && c.Kind is CardKind.Red or CardKind.SecondYellow)
                      .Select(c => (MatchTime?)c.Time).Min();
        return new TimeOnPitch(on, off);
    }

    /// <summary>He was on the pitch at some moment of the window.</summary>
    public bool AppearedIn(PeriodWindow window) =>
        On is { } on && on < window.End && (Off is not { } off || off > window.Start);

    /// <summary>He has left for good: his counts can no longer grow.</summary>
    public bool HasLeft => Off is not null;

    /// <summary>
    /// All he did in the match he did within the window, so his whole-match stats are his stats in it: he came on once
    /// it had opened and left by its close, or he stayed on to the end of regulation in a match without extra time.
    /// </summary>
    public bool OnlyWithin(PeriodWindow window, MatchDetails match) =>
        (On ?? Kickoff) >= window.Start &&
        (Off is { } off ? off <= window.End : window.End == PeriodWindow.FullTime.End && !match.WentToExtraTime);
}

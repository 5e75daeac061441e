using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>
/// When a player was on the pitch: from kickoff (a starter) or from <see cref="On"/>, until <see cref="Off"/> (substituted
/// or sent off) or the end. Minutes follow FotMob: off at 60 means 60 minutes, on at 60 means 30, stoppage time ignored.
/// </summary>
public sealed record PlayerSpell(MatchTime? On, MatchTime? Off)
{
    public static readonly PlayerSpell FromKickoff = new(null, null);

    public bool Started => On is null;

    public int StartMinute => On?.Minute ?? 0;

    public int EndMinute => Math.Min(Off?.Minute ?? 90, 90);

    /// <summary>On the pitch for an event at <paramref name="time"/>: the incoming player takes events of his own minute.</summary>
    public bool Covers(MatchTime time) => (On is not { } on || on <= time) && (Off is not { } off || time < off);

    /// <summary>Minutes played within [<paramref name="from"/>, <paramref name="to"/>) of the 90.</summary>
    public int MinutesBetween(int from, int to) => Math.Max(0, Math.Min(EndMinute, to) - Math.Max(StartMinute, from));
}

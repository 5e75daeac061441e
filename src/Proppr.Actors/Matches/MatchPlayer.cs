using System.Collections.Immutable;

namespace Proppr.Actors.Matches;

/// <summary>
/// A squad member: how he took part and his whole-match stats (extra time included, shoot-out excluded).
/// A stat the provider left out is absent from <see cref="Stats"/>; for a player who played that means zero.
/// <see cref="Marks"/> are the bookings his lineup entry shows, which the card events may lack.
/// </summary>
public sealed record MatchPlayer(
    long Id,
    string Name,
    Side Side,
    PlayerRole Role,
    MatchTime? SubbedOn,
    MatchTime? SubbedOff,
    ImmutableDictionary<Stat, decimal> Stats,
    CardMarks Marks = default)
{
    public bool Played => Role is PlayerRole.Starter or PlayerRole.SubstituteUsed;

    /// <summary>The stat, treating a missing value as zero for a player who played.</summary>
    public decimal StatOrZero(Stat stat) => Stats.TryGetValue(stat, out var value) ? value : 0m;
}

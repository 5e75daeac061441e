using System.Collections.Immutable;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// A squad member as one era's lineup lists him, before the match events are joined in. <see cref="ListedAs"/> is
/// <see cref="PlayerRole.Starter"/>, <see cref="PlayerRole.SubstituteUnused"/> (on the bench) or
/// <see cref="PlayerRole.Unavailable"/>; the minutes are the lineup's own record of substitutions, without added time; <see cref="Marks"/> its booking markers.
/// </summary>
internal sealed record FotMobSquadEntry(
    long Id,
    string Name,
    Side Side,
    PlayerRole ListedAs,
    int? SubbedOnMinute,
    int? SubbedOffMinute,
    ImmutableDictionary<Stat, decimal> Stats,
    CardMarks Marks);

using System.Collections.Immutable;
using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>A penalty shoot-out after goalless extra time: kicks taken in turn, home first, until one side cannot catch up.</summary>
public sealed record Shootout(ImmutableArray<ShootoutKick> Kicks)
{
    /// <summary>Minutes of the match-day clock the shoot-out takes: a kick a minute.</summary>
    public int Minutes => Kicks.Length;

    public Score Score => ScoreAfter(Kicks.Length);

    public Side Loser => Score.Home < Score.Away ? Side.Home : Side.Away;

    /// <summary>The shoot-out score after the first <paramref name="kicks"/> kicks.</summary>
    public Score ScoreAfter(int kicks) =>
        Kicks.Take(kicks).Where(k => k.Scored).Aggregate(Score.Nil, (score, kick) => score.Add(kick.Side));
}

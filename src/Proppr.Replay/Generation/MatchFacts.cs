using System.Collections.Immutable;

namespace Proppr.Replay.Generation;

/// <summary>
/// Everything that happens in a played match, each list in time order. Scores, team and player stats are never stored:
/// they are tallied from these facts (<see cref="Timeline.MatchTally"/>), so they cannot disagree with the events.
/// </summary>
public sealed record MatchFacts(
    int FirstHalfAdded,
    int SecondHalfAdded,
    ImmutableArray<SubstitutionFact> Substitutions,
    ImmutableArray<CardFact> Cards,
    ImmutableArray<GoalFact> Goals,
    ImmutableArray<ShotFact> Shots,
    ImmutableArray<CornerFact> Corners,
    ImmutableArray<FoulFact> Fouls,
    ImmutableArray<OffsideFact> Offsides)
{
    public PlayingTime PlayingTime => new(FirstHalfAdded, SecondHalfAdded);

    /// <summary>Every fact in time order (stable: facts of one minute keep their kind order).</summary>
    public IEnumerable<IMatchFact> All =>
        Substitutions.Cast<IMatchFact>().Concat(Cards).Concat(Goals).Concat(Shots).Concat(Corners).Concat(Fouls).Concat(Offsides)
            .OrderBy(f => f.Time);
}

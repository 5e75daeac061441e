using System.Collections.Immutable;
using Proppr.Actors.Matches;

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

    /// <summary>Yellows of players with no other card: taking one away leaves no second yellow without its first.</summary>
    public IReadOnlyList<CardFact> LoneYellows =>
        [.. Cards.Where(c => c.Kind == CardKind.Yellow && Cards.Count(o => o.PlayerId == c.PlayerId) == 1)];

    /// <summary>The facts up to <paramref name="cutoff"/> included: what has happened when the clock shows it (none when null).</summary>
    public MatchFacts Until(MatchTime? cutoff)
    {
        bool Seen(IMatchFact fact) => cutoff is { } last && fact.Time <= last;
        return this with
        {
            Substitutions = [.. Substitutions.Where(Seen)],
            Cards = [.. Cards.Where(Seen)],
            Goals = [.. Goals.Where(Seen)],
            Shots = [.. Shots.Where(Seen)],
            Corners = [.. Corners.Where(Seen)],
            Fouls = [.. Fouls.Where(Seen)],
            Offsides = [.. Offsides.Where(Seen)],
        };
    }
}

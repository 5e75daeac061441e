using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>Something that happened at a moment of a match, for one side: what the replay reveals as the clock passes it.</summary>
public interface IMatchFact
{
    MatchTime Time { get; }

    Side Side { get; }
}

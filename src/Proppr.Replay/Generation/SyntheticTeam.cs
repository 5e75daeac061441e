using System.Collections.Immutable;

namespace Proppr.Replay.Generation;

/// <summary>A made-up club for one fixture: its squad (starters, substitutes, unavailable) and its coach.</summary>
public sealed record SyntheticTeam(long Id, string Name, string Formation, long CoachId, string CoachName, ImmutableArray<SquadPlayer> Squad)
{
    public IEnumerable<SquadPlayer> Starters => Squad.Where(p => p.Role == SquadRole.Starter);

    public IEnumerable<SquadPlayer> Substitutes => Squad.Where(p => p.Role == SquadRole.Substitute);

    public IEnumerable<SquadPlayer> Unavailable => Squad.Where(p => p.Role == SquadRole.Unavailable);

    public SquadPlayer Player(long id) => Squad.First(p => p.Id == id);
}

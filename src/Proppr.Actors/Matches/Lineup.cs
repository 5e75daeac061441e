using System.Collections.Immutable;

namespace Proppr.Actors.Matches;

/// <summary>
/// Both squads. <see cref="Confirmed"/> is false for a provider's predicted lineup (FotMob's <c>lastStarting11</c>
/// before kickoff): a prediction must never void a bet.
/// </summary>
public sealed record Lineup(bool Confirmed, ImmutableArray<MatchPlayer> Players)
{
    public static readonly Lineup Unknown = new(false, ImmutableArray<MatchPlayer>.Empty);

    public bool IsKnown => Confirmed && !Players.IsEmpty;

    public MatchPlayer? Find(long playerId)
    {
        foreach (var player in Players)
        {
            if (player.Id == playerId)
            {
                return player;
            }
        }
        return null;
    }
}

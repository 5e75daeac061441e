using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

/// <summary>Whose events count: both teams, one side, or one player.</summary>
internal readonly record struct Subject(Side? Side, long? PlayerId)
{
    public static readonly Subject BothTeams = new(null, null);

    public static Subject Team(Side side) => new(side, null);

    public static Subject Player(long playerId) => new(null, playerId);

    public bool Owns(Side side, long? playerId) =>
        (Side is null || Side == side) && (PlayerId is null || PlayerId == playerId);
}

namespace Proppr.Replay.Generation;

/// <summary>Where a squad member stands on the team sheet; whether a substitute came on is in the match facts.</summary>
public enum SquadRole
{
    Starter,
    Substitute,
    /// <summary>Injured or suspended: listed by FotMob under <c>unavailable</c>, never in the match.</summary>
    Unavailable,
}

namespace Proppr.Actors.Matches;

/// <summary>How a squad member took part, as the settlement participation rules need it.</summary>
public enum PlayerRole
{
    Starter,
    SubstituteUsed,
    SubstituteUnused,
    /// <summary>Listed by the provider as unavailable (injured, suspended): not in the squad.</summary>
    Unavailable,
}

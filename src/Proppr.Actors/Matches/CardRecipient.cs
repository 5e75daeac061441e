namespace Proppr.Actors.Matches;

/// <summary>Who was shown a card. Only cards to players on the pitch count for bets.</summary>
public enum CardRecipient
{
    PlayerOnPitch,
    Coach,
    /// <summary>A player on the bench or already substituted off.</summary>
    PlayerNotOnPitch,
}

namespace Proppr.Actors.Matches;

/// <summary>A card as the event stream shows it, including cards that do not count (coach, not on the pitch, shoot-out).</summary>
public sealed record CardEvent(
    MatchTime Time,
    Side Side,
    long? PlayerId,
    CardKind Kind,
    CardRecipient Recipient,
    bool DuringShootout)
{
    public MatchPeriod Period => DuringShootout ? MatchPeriod.PenaltyShootout : Time.Period;

    public bool Counts => Recipient == CardRecipient.PlayerOnPitch && !DuringShootout;
}

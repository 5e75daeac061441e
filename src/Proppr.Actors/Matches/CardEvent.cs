namespace Proppr.Actors.Matches;

/// <summary>
/// A card as the event stream shows it, including cards that do not count (coach, not on the pitch, shoot-out).
/// <see cref="Kind"/> is the referee's final decision: a card changed on review (VAR) is what it became, with the card
/// first shown in <see cref="ShownAs"/>; a card withdrawn on review is <see cref="Withdrawn"/> and never counts.
/// </summary>
public sealed record CardEvent(
    MatchTime Time,
    Side Side,
    long? PlayerId,
    CardKind Kind,
    CardRecipient Recipient,
    bool DuringShootout,
    CardKind? ShownAs = null,
    bool Withdrawn = false)
{
    public MatchPeriod Period => DuringShootout ? MatchPeriod.PenaltyShootout : Time.Period;

    public bool Counts => Recipient == CardRecipient.PlayerOnPitch && !DuringShootout && !Withdrawn;

    /// <summary>A review changed or withdrew the card, so other sources (lineup markers, team stats) may still show the first one.</summary>
    public bool Reviewed => ShownAs is not null || Withdrawn;
}

namespace Proppr.Replay.Generation;

/// <summary>
/// A way the real FotMob feed disagrees with itself or departs from the usual match, as seen in real payloads
/// (<c>samples/fotmob/SHAPE.md</c>). The replay puts these in some matches so the hard paths of settlement run.
/// </summary>
public enum FeedQuirk
{
    /// <summary>A yellow card in the lineup marker and the team stats, missing from the card events.</summary>
    BookingMissingFromEvents,
    /// <summary>A yellow card event to a coach (<c>cardDescription</c> <c>coach</c>); team stats leave it out.</summary>
    CoachBooked,
    /// <summary>A yellow card to a player already substituted off (<c>not_on_pitch</c>); team stats keep it.</summary>
    SubstitutedPlayerBooked,
    /// <summary>The half columns of the team stats write zeros as <c>null</c>.</summary>
    NullHalfSplits,
    /// <summary>The team stats have the whole-match column only (low-coverage competitions).</summary>
    NoHalfColumns,
    /// <summary>The whole-match corner count is one above the sum of the halves.</summary>
    TotalAboveHalves,
    /// <summary>A penalty missed in normal time: a <c>MissedPenalty</c> event, not a goal.</summary>
    MissedPenalty,
    /// <summary>A goal cancelled on review: a <c>VAR</c> event and no goal.</summary>
    GoalCancelledByVar,
    /// <summary>A match cancelled before kickoff (<c>reason.longKey</c> <c>cancelled</c>).</summary>
    Cancelled,
    /// <summary>A card changed on review: shown as a yellow, then a <c>VAR</c> event upgrades it to red or takes it back.</summary>
    CardChangedByVar,
    /// <summary>A cup tie level after 90 minutes: goalless extra time, then a shoot-out (<c>reason.longKey</c> <c>afterpenalties</c>).</summary>
    ExtraTimeAndPenalties,
    /// <summary>A match stopped at a minute and never finished (<c>reason.longKey</c> <c>aborted</c>).</summary>
    Abandoned,
    /// <summary>A match played to full time, then awarded 3-0 off the pitch (<c>awarded: true</c>, the header score the awarded one).</summary>
    Awarded,
}

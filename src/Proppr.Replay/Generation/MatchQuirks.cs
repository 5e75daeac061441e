using System.Collections.Immutable;
using Proppr.Actors.Matches;

namespace Proppr.Replay.Generation;

/// <summary>The <see cref="FeedQuirk"/>s of one match, with what each needs to be written.</summary>
public sealed record MatchQuirks
{
    public static readonly MatchQuirks None = new();

    /// <summary>A plain yellow of the facts that the card events leave out.</summary>
    public CardFact? BookingMissingFromEvents { get; init; }

    public FeedIncident? CoachBooked { get; init; }

    /// <summary>A yellow of the facts, to a player after he was substituted off.</summary>
    public CardFact? SubstitutedPlayerBooked { get; init; }

    public bool NullHalfSplits { get; init; }

    public bool NoHalfColumns { get; init; }

    /// <summary>The side whose whole-match corners are one above its halves.</summary>
    public Side? TotalAboveHalves { get; init; }

    public FeedIncident? MissedPenalty { get; init; }

    public FeedIncident? GoalCancelledByVar { get; init; }

    /// <summary>The match never kicks off and FotMob calls it cancelled, not postponed.</summary>
    public bool Cancelled { get; init; }

    public CardReview? CardChangedByVar { get; init; }

    /// <summary>Goalless extra time after a level 90 minutes, then this shoot-out.</summary>
    public Shootout? Shootout { get; init; }

    /// <summary>The minute the referee stopped the match for good; nothing after it is published.</summary>
    public MatchTime? AbandonedAt { get; init; }

    /// <summary>The side awarded the match 3-0 after full time.</summary>
    public Side? AwardedTo { get; init; }

    public ImmutableArray<FeedQuirk> Present =>
    [
        .. Has(BookingMissingFromEvents, FeedQuirk.BookingMissingFromEvents),
        .. Has(CoachBooked, FeedQuirk.CoachBooked),
        .. Has(SubstitutedPlayerBooked, FeedQuirk.SubstitutedPlayerBooked),
        .. Has(NullHalfSplits ? true : null, FeedQuirk.NullHalfSplits),
        .. Has(NoHalfColumns ? true : null, FeedQuirk.NoHalfColumns),
        .. Has(TotalAboveHalves, FeedQuirk.TotalAboveHalves),
        .. Has(MissedPenalty, FeedQuirk.MissedPenalty),
        .. Has(GoalCancelledByVar, FeedQuirk.GoalCancelledByVar),
        .. Has(Cancelled ? true : null, FeedQuirk.Cancelled),
        .. Has(CardChangedByVar, FeedQuirk.CardChangedByVar),
        .. Has(Shootout, FeedQuirk.ExtraTimeAndPenalties),
        .. Has(AbandonedAt, FeedQuirk.Abandoned),
        .. Has(AwardedTo, FeedQuirk.Awarded),
    ];

    private static IEnumerable<FeedQuirk> Has(object? detail, FeedQuirk quirk) => detail is null ? [] : [quirk];
}

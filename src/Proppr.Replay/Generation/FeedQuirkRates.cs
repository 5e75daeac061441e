using System.Collections.Immutable;

namespace Proppr.Replay.Generation;

/// <summary>
/// How often each <see cref="FeedQuirk"/> happens, as a share of matches. <see cref="Realistic"/> follows what real
/// payloads show; <see cref="None"/> gives the tidy feed; <see cref="Every"/> puts each quirk in at least one match of
/// the day (a played one; <see cref="FeedQuirk.Cancelled"/> adds a match that never kicks off).
/// </summary>
public sealed record FeedQuirkRates(ImmutableDictionary<FeedQuirk, double> Rates, bool ForceEach = false)
{
    public static readonly FeedQuirkRates None = new(ImmutableDictionary<FeedQuirk, double>.Empty);

    public static readonly FeedQuirkRates Realistic = new(new Dictionary<FeedQuirk, double>
    {
        [FeedQuirk.BookingMissingFromEvents] = 0.04,
        [FeedQuirk.CoachBooked] = 0.06,
        [FeedQuirk.SubstitutedPlayerBooked] = 0.02,
        [FeedQuirk.NullHalfSplits] = 0.05,
        [FeedQuirk.NoHalfColumns] = 0.03,
        [FeedQuirk.TotalAboveHalves] = 0.04,
        [FeedQuirk.MissedPenalty] = 0.04,
        [FeedQuirk.GoalCancelledByVar] = 0.08,
        [FeedQuirk.Cancelled] = 0.01,
        [FeedQuirk.CardChangedByVar] = 0.03,
        // Cup ties only (a league match ends at 90): about one match in 30 of a mixed day is level and goes on.
        [FeedQuirk.ExtraTimeAndPenalties] = 0.03,
        [FeedQuirk.Abandoned] = 0.005,
        [FeedQuirk.Awarded] = 0.003,
    }.ToImmutableDictionary());

    public static readonly FeedQuirkRates Every = Realistic with { ForceEach = true };

    public double Of(FeedQuirk quirk) => Rates.GetValueOrDefault(quirk);
}

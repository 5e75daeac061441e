namespace Proppr.Actors.Betting;

/// <summary>
/// What the data says about a count over a bet's period: either <see cref="Exact"/>, the count so far, or only that
/// it lies between 0 and <see cref="AtMost"/> (a whole-match figure that includes extra time or the other half; null
/// when nothing is known), with the reason a bet it cannot decide is refunded.
/// </summary>
internal readonly record struct StatCount(decimal? Exact, decimal? AtMost, string? UnavailableReason)
{
    public static StatCount Known(decimal count) => new(count, null, null);

    /// <summary>The provider gave this stat only for the whole match, which is more than the bet's window.</summary>
    public static StatCount Unsplit(PeriodWindow window, decimal wholeMatch) =>
        new(null, wholeMatch, window.IsFullTime ? SettlementReasons.RegulationStatUnavailable : SettlementReasons.PeriodStatUnavailable);

    /// <summary>Nothing in the data gives or bounds the count.</summary>
    public static StatCount Unavailable(string reason) => new(null, null, reason);

    /// <summary>The provider gave no stats at all.</summary>
    public static StatCount Missing() => Unavailable(SettlementReasons.StatUnavailable);
}

using System.Collections.Immutable;

namespace Proppr.Actors.Matches;

/// <summary>
/// Team stats as the provider reports them: the whole match (<see cref="All"/>, which includes extra time and may
/// include shoot-out cards) and, where the provider splits them, per period. A stat the provider left out is absent
/// here; the rules decide what absence means.
/// </summary>
public sealed record TeamStats(
    ImmutableDictionary<Stat, SidePair> All,
    ImmutableDictionary<MatchPeriod, ImmutableDictionary<Stat, SidePair>> ByPeriod)
{
    public static readonly TeamStats None = new(
        ImmutableDictionary<Stat, SidePair>.Empty,
        ImmutableDictionary<MatchPeriod, ImmutableDictionary<Stat, SidePair>>.Empty);

    public bool IsEmpty => All.IsEmpty && ByPeriod.IsEmpty;

    public bool HasPeriod(MatchPeriod period) => ByPeriod.ContainsKey(period);

    /// <summary>The stat in one period, or null when the provider gave no split for that period or no row for that stat.</summary>
    public SidePair? In(MatchPeriod period, Stat stat) =>
        ByPeriod.TryGetValue(period, out var table) && table.TryGetValue(stat, out var pair) ? pair : null;

    /// <summary>The stat over the whole match, or null when the provider gave no row for it.</summary>
    public SidePair? Total(Stat stat) => All.TryGetValue(stat, out var pair) ? pair : null;
}

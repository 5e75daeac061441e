using System.Collections.Immutable;

namespace Proppr.Replay.Generation;

/// <summary>
/// How a day's matches are spread over the <see cref="FotMobEra"/>s. <see cref="Latest"/> writes every match in the
/// 2024/25 shape (the tidy feed); <see cref="Realistic"/> mixes them as a store of payloads fetched over the years
/// does; <see cref="Every"/> gives each era to at least one played match, in turn.
/// </summary>
public sealed record FotMobEraMix(ImmutableDictionary<FotMobEra, double> Shares, bool ForceEach = false)
{
    public static readonly FotMobEraMix Latest = new(ImmutableDictionary<FotMobEra, double>.Empty.Add(FotMobEra.Season2024, 1));

    public static readonly FotMobEraMix Realistic = new(new Dictionary<FotMobEra, double>
    {
        [FotMobEra.Legacy2020] = 0.05,
        [FotMobEra.Season2023] = 0.15,
        [FotMobEra.Season2024] = 0.55,
        [FotMobEra.Fetched2026] = 0.25,
    }.ToImmutableDictionary());

    public static readonly FotMobEraMix Every = Realistic with { ForceEach = true };

    /// <summary>The era of the <paramref name="played"/>-th played match; draws only when the mix has a choice.</summary>
    internal FotMobEra Pick(Random random, int played)
    {
        var eras = Enum.GetValues<FotMobEra>().Where(e => Shares.GetValueOrDefault(e) > 0).ToList();
        if (ForceEach)
        {
            return eras[played % eras.Count];
        }
        if (eras.Count == 1)
        {
            return eras[0];
        }
        var target = random.NextDouble() * eras.Sum(e => Shares[e]);
        return eras.FirstOrDefault(e => (target -= Shares[e]) < 0, eras[^1]);
    }
}

using System.Collections.Immutable;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>
/// Collects the stats of one table (a team period or a player) by FotMob name: the first value of a stat wins, except
/// that a preferred key replaces a fallback one (<see cref="FotMobStatKeys"/>), whatever order the payload lists them in.
/// </summary>
internal sealed class FotMobStatPicks<T>
    where T : struct
{
    private readonly Dictionary<Stat, (T Value, bool Fallback)> _picked = [];

    public void Offer(string? name, Func<T?> read)
    {
        if (FotMobStatKeys.Find(name) is not { } stat)
        {
            return;
        }
        var fallback = FotMobStatKeys.IsFallback(name);
        if (_picked.TryGetValue(stat, out var earlier) && (fallback || !earlier.Fallback))
        {
            return;
        }
        if (read() is { } value)
        {
            _picked[stat] = (value, fallback);
        }
    }

    public ImmutableDictionary<Stat, T> ToImmutable() => _picked.ToImmutableDictionary(entry => entry.Key, entry => entry.Value.Value);
}

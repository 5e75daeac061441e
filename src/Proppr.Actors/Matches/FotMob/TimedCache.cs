using System.Collections.Concurrent;

namespace Proppr.Actors.Matches.FotMob;

/// <summary>A thread-safe map whose entries expire a fixed time after they were stored; storing drops the expired ones.</summary>
internal sealed class TimedCache<TKey, TValue>(TimeSpan lifetime, TimeProvider clock)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset StoredAt)> _entries = new();

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && !Expired(entry.StoredAt, clock.GetUtcNow()))
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        var now = clock.GetUtcNow();
        foreach (var entry in _entries)
        {
            if (Expired(entry.Value.StoredAt, now))
            {
                _entries.TryRemove(entry);
            }
        }
        _entries[key] = (value, now);
    }

    private bool Expired(DateTimeOffset storedAt, DateTimeOffset now) => now - storedAt >= lifetime;
}

using System.Collections.Concurrent;

namespace Proppr.Replay.Server;

/// <summary>
/// One WebSocket per API key, as the provider enforces: registering a new connection kicks the previous one, which then
/// closes with code 1000 and no reason (the provider's takeover looks exactly like a normal close).
/// </summary>
internal sealed class OddsConnectionRegistry
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _live = new(StringComparer.Ordinal);

    /// <summary>Takes the key for a new connection; the token it returns is cancelled when a later one takes over.</summary>
    public CancellationTokenSource Register(string apiKey)
    {
        var kick = new CancellationTokenSource();
        _live.AddOrUpdate(apiKey, kick, (_, previous) =>
        {
            previous.Cancel();
            return kick;
        });
        return kick;
    }

    /// <summary>Frees the key when this connection ends, unless a newer one already holds it.</summary>
    public void Release(string apiKey, CancellationTokenSource kick) =>
        _live.TryRemove(KeyValuePair.Create(apiKey, kick));

    public void CloseAll()
    {
        foreach (var kick in _live.Values)
        {
            kick.Cancel();
        }
    }
}

namespace Proppr.Actors.RateLimiting;

/// <summary>
/// The permits granted within a sliding window, oldest first: how many are in it, and how long until there is room
/// for one more under a given ceiling. Shared by the hourly quota and FotMob's batches.
/// </summary>
internal sealed class GrantLog
{
    private readonly Queue<DateTimeOffset> _grants = new();

    public void Add(DateTimeOffset at) => _grants.Enqueue(at);

    /// <summary>Grants still inside <paramref name="window"/> at <paramref name="now"/>; older ones are forgotten.</summary>
    public int CountWithin(TimeSpan window, DateTimeOffset now)
    {
        while (_grants.TryPeek(out var oldest) && oldest + window <= now)
        {
            _grants.Dequeue();
        }
        return _grants.Count;
    }

    /// <summary>Granted now if fewer than <paramref name="ceiling"/> are in the window, else wait until enough have left it.</summary>
    public PermitAnswer Decide(int ceiling, TimeSpan window, DateTimeOffset now) =>
        CountWithin(window, now) < ceiling
            ? PermitAnswer.Grant
            : PermitAnswer.Wait(_grants.ElementAt(_grants.Count - ceiling) + window - now);

    public IEnumerable<IRateLimiterEvent> Events(string api, TimeSpan window, DateTimeOffset now)
    {
        CountWithin(window, now);
        return _grants.Select(at => (IRateLimiterEvent)new PermitGranted(api, at)).ToList();
    }
}

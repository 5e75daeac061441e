using Proppr.Actors.Odds.Client;

namespace Proppr.Node.Metrics;

/// <summary>
/// Turns the odds feed's running totals into this node's counters at each scrape. The totals restart when the feed
/// singleton moves to another node; a total below the last one seen is counted from zero.
/// </summary>
public sealed class OddsFeedMeter(NodeMetrics metrics)
{
    public const string Feed = "odds";

    private readonly Lock _lock = new();
    private long _ticks;
    private long _reconnects;

    public void Record(OddsFeedStatus status)
    {
        lock (_lock)
        {
            metrics.OddsTicks.Inc(Advance(ref _ticks, status.Ticks));
            // The first connection of a feed is not a reconnect.
            metrics.FeedReconnects.WithLabels(Feed).Inc(Advance(ref _reconnects, Math.Max(0, status.Connections - 1)));
            metrics.OddsFeedStreaming.Set(status.Phase == FeedPhase.Streaming ? 1 : 0);
        }
    }

    private static long Advance(ref long last, long total)
    {
        var added = total >= last ? total - last : total;
        last = total;
        return added;
    }
}

using System.Collections.Immutable;
using Proppr.Actors.Odds.Client;
using Proppr.Node.Metrics;

namespace Proppr.Node.Tests.Metrics;

/// <summary>The odds feed's running totals become counters that only go up, across a feed singleton that restarts.</summary>
public sealed class OddsFeedMeterTests
{
    private static OddsFeedStatus Status(FeedPhase phase, long connections, long ticks) =>
        new(phase, false, 0, null, null, connections, connections, 0, 0, 0, 0, 0, 0, ticks, ImmutableDictionary<string, long>.Empty);

    [Fact]
    public void Ticks_and_reconnects_add_what_is_new_and_a_restarted_feed_counts_from_zero()
    {
        var metrics = new NodeMetrics();
        var meter = new OddsFeedMeter(metrics);

        meter.Record(Status(FeedPhase.Streaming, connections: 1, ticks: 40));
        meter.Record(Status(FeedPhase.Streaming, connections: 3, ticks: 100));
        (metrics.OddsTicks.Value, metrics.FeedReconnects.WithLabels(OddsFeedMeter.Feed).Value, metrics.OddsFeedStreaming.Value).Should().Be((100, 2, 1));

        // The singleton moved: its totals start again.
        meter.Record(Status(FeedPhase.Syncing, connections: 1, ticks: 15));
        (metrics.OddsTicks.Value, metrics.FeedReconnects.WithLabels(OddsFeedMeter.Feed).Value, metrics.OddsFeedStreaming.Value).Should().Be((115, 2, 0));
    }
}

using System.Text.Json;
using Prometheus;
using Proppr.Actors.RateLimiting;
using Proppr.Node.Api.Bets;

namespace Proppr.Node.Metrics;

/// <summary>
/// The node's Prometheus metrics, in a registry of its own (so two nodes in one process do not mix their counts),
/// served at <c>/metrics</c>. The metric objects are public: a component that has something to count (the odds feed's
/// reconnects, ...) takes this from the services and increments them.
/// </summary>
public sealed class NodeMetrics
{
    public NodeMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);

        BetsSubmitted = factory.CreateCounter("proppr_bets_submitted_total",
            "Bets sent to this node's API, by the answer they got.", "outcome");
        BetsTracked = factory.CreateCounter("proppr_bets_tracked_total",
            "Bets journaled by any fixture of the cluster, as this node's live feed saw them (take max() across nodes, not sum()).");
        Settlements = factory.CreateCounter("proppr_settlements_total",
            "Settlements and re-settlements journaled in the cluster, by status, as this node's live feed saw them (take max() across nodes).",
            "kind", "status");
        ClosingLines = factory.CreateCounter("proppr_closing_lines_total",
            "Bets' closing lines fixed by any fixture of the cluster, as this node's live feed saw them (take max() across nodes).");
        BetsMoved = factory.CreateCounter("proppr_bets_moved_total",
            "Bets moved to another fixture because their fixture's FotMob id stopped answering, as this node's live feed saw them (take max() across nodes).");
        SettlementLatency = factory.CreateHistogram("proppr_settlement_latency_seconds",
            "From a grader's decision to its settlement reaching this node's live feed (journaled and read back).",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.05, 2, 12) });
        PermitRequests = factory.CreateCounter("proppr_limiter_permit_requests_total",
            "Rate-limiter permits this node asked for, by API and answer (denied means the caller waits).", "api", "outcome");
        RateLimitedResponses = factory.CreateCounter("proppr_external_http_429_total",
            "HTTP 429 answers this node got from an external API (FotMob, the odds provider, ...).", "api");
        FeedReconnects = factory.CreateCounter("proppr_feed_reconnects_total",
            "Times a live feed (the odds WebSocket, ...) connected again after losing its connection.", "feed");
        OddsTicks = factory.CreateCounter("proppr_odds_ticks_total",
            "Odds ticks the odds feed handed to the fixtures' books (frames, syncs and polls), as this node saw the feed (take max() across nodes).");
        OddsFeedStreaming = factory.CreateGauge("proppr_odds_feed_streaming",
            "1 while the odds feed streams over its WebSocket, 0 while it connects, syncs, polls or was replaced.");
        LimiterUp = factory.CreateGauge("proppr_limiter_up",
            "1 when the rate limiter answered the last scrape, 0 when it did not (its gauges are then stale).");
        LimiterUsed = factory.CreateGauge("proppr_limiter_used",
            "Permits used in each API's current window (cluster-wide).", "api");
        LimiterLimit = factory.CreateGauge("proppr_limiter_limit",
            "Permits each API allows per window (FotMob: its current batch).", "api");
        LimiterWindow = factory.CreateGauge("proppr_limiter_window_seconds",
            "Each API's window (FotMob: its current back-off interval).", "api");
        LimiterThrottled = factory.CreateGauge("proppr_limiter_throttled",
            "1 while an API is blocked or backed off.", "api");
        LimiterPermitsGranted = factory.CreateGauge("proppr_limiter_permits_granted",
            "Permits the limiter singleton granted since it started on its current node.");
        LimiterPermitsDenied = factory.CreateGauge("proppr_limiter_permits_denied",
            "Permits the limiter singleton denied (callers waited) since it started on its current node.");
        AlertsSent = factory.CreateCounter("proppr_alerts_sent_total",
            "Alert notifications delivered, by kind (firing, reminder, resolved).", "kind");
    }

    public CollectorRegistry Registry { get; }

    public Counter BetsSubmitted { get; }
    public Counter BetsTracked { get; }
    public Counter Settlements { get; }
    public Counter ClosingLines { get; }
    public Counter BetsMoved { get; }
    public Histogram SettlementLatency { get; }
    public Counter PermitRequests { get; }
    public Counter RateLimitedResponses { get; }
    public Counter FeedReconnects { get; }
    public Counter OddsTicks { get; }
    public Gauge OddsFeedStreaming { get; }
    public Gauge LimiterUp { get; }
    public Gauge LimiterUsed { get; }
    public Gauge LimiterLimit { get; }
    public Gauge LimiterWindow { get; }
    public Gauge LimiterThrottled { get; }
    public Gauge LimiterPermitsGranted { get; }
    public Gauge LimiterPermitsDenied { get; }
    public Counter AlertsSent { get; }

    public void CountIntake(IEnumerable<IntakeAnswer> answers)
    {
        foreach (var group in answers.GroupBy(a => a.Status))
        {
            BetsSubmitted.WithLabels(JsonNamingPolicy.SnakeCaseLower.ConvertName(group.Key.ToString())).Inc(group.Count());
        }
    }

    public void Record(LimiterState state)
    {
        LimiterUp.Set(1);
        LimiterPermitsGranted.Set(state.PermitsGranted);
        LimiterPermitsDenied.Set(state.PermitsDenied);
        foreach (var api in state.Apis)
        {
            LimiterUsed.WithLabels(api.Api).Set(api.Used);
            LimiterLimit.WithLabels(api.Api).Set(api.Limit ?? double.NaN);
            LimiterWindow.WithLabels(api.Api).Set(api.Window.TotalSeconds);
            LimiterThrottled.WithLabels(api.Api).Set(api.Throttled ? 1 : 0);
        }
    }
}

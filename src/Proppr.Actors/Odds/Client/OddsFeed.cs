using System.Collections.Immutable;
using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Odds.Feed;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// The live odds feed (a cluster singleton: the provider allows one socket per key). It sequences I/O and timers; the
/// rules live in <see cref="FeedSession"/> (connecting, syncing, takeover, poller, staleness), <see cref="PendingTicks"/>
/// (the buffer), <see cref="FeedSync"/> (what a sync changes), <see cref="EventCatalogue"/> and, in its child
/// <see cref="OddsTickRouter"/>, <see cref="OddsRouting"/>. Frames are read by <see cref="OddsFrameParser"/>: unknown
/// and malformed objects are counted and skipped. Every connect attempt and REST call goes through the rate limiter.
/// </summary>
public sealed class OddsFeed : ReceiveActor, IWithTimers
{
    private const string OpenTimer = "open";
    private const string PollTimer = "poll";
    private const string ResyncTimer = "resync";
    private const string DescribeTimer = "describe";

    private readonly OddsFeedOptions _options;
    private readonly IRateLimiterClient _limiter;
    private readonly IActorRef _fixtures;
    private readonly IActorRef _resolver;
    private readonly FeedSubscription _subscription;
    private readonly FeedSession _session;
    private readonly OddsRestClient _rest;
    private readonly FeedSyncClient _syncClient;
    private readonly PendingTicks _buffer = new();
    private readonly EventCatalogue _catalogue = new();
    private readonly FeedCounters _counters = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private IActorRef _router = ActorRefs.Nobody;
    private OddsSocket? _socket;
    private bool _polling;
    private bool _describing;

    public OddsFeed(OddsFeedOptions options, IRateLimiterClient limiter, IActorRef fixtures, IActorRef resolver)
    {
        _options = options;
        _limiter = limiter;
        _fixtures = fixtures;
        _resolver = resolver;
        _subscription = new FeedSubscription(options);
        _session = new FeedSession(options);
        _rest = new OddsRestClient(options, limiter);
        _syncClient = new FeedSyncClient(_rest, options, _subscription);

        Receive<OpenDue>(_ => Connect(_session.Open()));
        Receive<SocketPermitDenied>(denied => Reconnect(_session.PermitDenied(denied.Generation, denied.RetryAfter), null));
        Receive<SocketFailed>(failed => Reconnect(_session.ConnectFailed(failed.Generation), $"Odds socket attempt failed: {failed.Reason}"));
        Receive<SocketOpened>(OnOpened);
        Receive<SocketMessage>(OnMessage);
        Receive<SocketClosed>(OnClosed);
        Receive<SyncTaken>(OnSync);
        Receive<SyncFailed>(OnSyncFailed);
        Receive<ResyncDue>(due =>
        {
            if (_session.Resync(due.Generation, Now, _catalogue.DescribedCount) is { } plan)
            {
                TakeSync(plan, due.Generation);
            }
        });
        Receive<WatchdogTick>(_ => CheckStale());
        Receive<PollDue>(_ => Poll());
        Receive<PollTaken>(OnPoll);
        Receive<PollFailed>(failed =>
        {
            _polling = false;
            _log.Warning("Odds REST poll failed: {0}", failed.Reason);
        });
        Receive<EventsFetched>(fetched =>
        {
            _describing = false;
            Describe(fetched.Events);
            DescribeMissing();
        });
        Receive<EventsFetchFailed>(failed =>
        {
            _log.Warning("Could not describe odds events {0}: {1}", string.Join(',', failed.EventIds), failed.Reason);
            _catalogue.ReturnMissing(failed.EventIds);
            Timers.StartSingleTimer(DescribeTimer, DescribeDue.Instance, _options.Reconnect.Maximum);
        });
        Receive<DescribeDue>(_ =>
        {
            _describing = false;
            DescribeMissing();
        });
        Receive<GetOddsFeedStatus>(_ => Sender.Tell(Status()));
        Receive<GetOddsRoutingStatus>(query => _router.Forward(query));
    }

    public static Props Props(OddsFeedOptions options, IRateLimiterClient limiter, IActorRef fixtures, IActorRef resolver) =>
        Akka.Actor.Props.Create(() => new OddsFeed(options, limiter, fixtures, resolver));

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    /// <summary>What ticks are stamped with: <see cref="OddsFeedOptions.MarketTime"/>, the clock kickoffs are on.</summary>
    private DateTimeOffset TickTime => _options.MarketTime?.GetUtcNow() ?? Now;

    protected override void PreStart()
    {
        _router = Context.ActorOf(OddsTickRouter.Props(_fixtures, _resolver, _options.ResolutionRetry), "router");
        var watch = _options.StaleAfter / 4;
        Timers.StartPeriodicTimer("watchdog", WatchdogTick.Instance, watch < TimeSpan.FromSeconds(5) ? watch : TimeSpan.FromSeconds(5));
        Connect(_session.Open());
    }

    protected override void PostStop()
    {
        _stopping.Cancel();
        _socket?.Dispose();
        _rest.Dispose();
        _stopping.Dispose();
    }

    // ---- the socket ----

    private void Connect(int generation)
    {
        _counters.ConnectAttempts++;
        _socket?.Dispose();
        _socket = OddsSocket.Open(generation, _subscription.SocketUrl(), _options, _limiter, Self);
    }

    private void Reconnect(TimeSpan? wait, string? why)
    {
        if (wait is not { } delay)
        {
            return;
        }
        if (why is not null)
        {
            _log.Warning("{0}; next attempt in {1}", why, delay);
        }
        _socket?.Dispose();
        _socket = null;
        Timers.StartSingleTimer(OpenTimer, OpenDue.Instance, delay);
        UpdatePoller();
    }

    private void OnOpened(SocketOpened opened)
    {
        if (_session.Connected(opened.Generation, Now, _catalogue.DescribedCount) is not { } plan)
        {
            return;
        }
        _counters.Connections++;
        _log.Info("Odds socket connected ({0}); syncing with {1}", _subscription.SocketUrl().GetLeftPart(UriPartial.Path),
            plan.IsGapFill ? $"a gap fill since {plan.Since:O}" : "a full sync");
        UpdatePoller();
        TakeSync(plan, opened.Generation);
    }

    private void OnClosed(SocketClosed closed)
    {
        var wait = _session.Closed(closed.Generation, closed.TakenOver);
        if (wait is null)
        {
            return;
        }
        if (closed.TakenOver)
        {
            _counters.Takeovers++;
        }
        // Frames buffered for a sync that will not come are still news: apply them.
        Route(_buffer.TakeAll());
        Reconnect(wait, closed.TakenOver
            ? "Another connection took over the odds API key (close 1000); not fighting it: polling REST meanwhile"
            : $"Odds socket closed ({closed.Reason})");
    }

    private void OnMessage(SocketMessage message)
    {
        if (message.Generation != _session.Generation)
        {
            return;
        }
        var now = Now;
        _session.FrameReceived(now);
        var updates = new List<OddsUpdate>();
        foreach (var frame in OddsFrameParser.Parse(message.Text))
        {
            _counters.Count(frame);
            switch (frame)
            {
                case MalformedFrame malformed:
                    _log.Warning("Skipped a malformed odds frame object ({0}: {1}): {2}", malformed.Error.Reason, malformed.Error.Detail, malformed.Error.Excerpt);
                    break;
                case WelcomeFrame welcome:
                    CheckWelcome(welcome);
                    break;
                default:
                    if (OddsUpdate.From(frame, TickTime) is { } update)
                    {
                        updates.Add(update);
                    }
                    break;
            }
        }
        if (_session.Buffering)
        {
            updates.ForEach(_buffer.Add);
        }
        else
        {
            Route(updates);
        }
    }

    /// <summary>The socket streams the account's selected bookmakers; a configured one missing there gets no live prices.</summary>
    private void CheckWelcome(WelcomeFrame welcome)
    {
        var missing = _options.Odds.Bookmakers.Where(name => !welcome.Bookmakers.Contains(name, BookmakerName.Comparer)).ToArray();
        if (welcome.Bookmakers.Count > 0 && missing.Length > 0)
        {
            _log.Warning("The odds account streams {0} but not {1}: select them on the account", string.Join(", ", welcome.Bookmakers), string.Join(", ", missing));
        }
    }

    private void CheckStale()
    {
        if (!_session.IsStale(Now))
        {
            return;
        }
        _counters.StaleReconnects++;
        _log.Warning("No odds message since {0:O}: the feed is stale; connecting afresh", _session.LastFrameAt);
        Route(_buffer.TakeAll());
        Connect(_session.Reopen());
    }

    // ---- syncs, gap fills and the poller ----

    private void TakeSync(SyncPlan plan, int generation)
    {
        var started = Now;
        _syncClient.TakeAsync(plan, _stopping.Token).PipeTo(Self,
            success: sync => new SyncTaken(generation, sync, started),
            failure: error => new SyncFailed(generation, error.GetBaseException().Message));
    }

    private void OnSync(SyncTaken taken)
    {
        if (!_session.SyncCompleted(taken.Generation, Now))
        {
            return;
        }
        Apply(taken.Sync);
        Route(_buffer.TakeAll());
    }

    private void OnSyncFailed(SyncFailed failed)
    {
        if (_session.SyncFailed(failed.Generation) is not { } wait)
        {
            return;
        }
        _counters.SyncFailures++;
        _log.Warning("Odds sync failed ({0}); streaming without it, trying again in {1}", failed.Reason, wait);
        Route(_buffer.TakeAll());
        Timers.StartSingleTimer(ResyncTimer, new ResyncDue(failed.Generation), wait);
    }

    private void UpdatePoller()
    {
        if (_session.Polling && !Timers.IsTimerActive(PollTimer))
        {
            Timers.StartPeriodicTimer(PollTimer, PollDue.Instance, _options.PollInterval);
        }
        else if (!_session.Polling)
        {
            Timers.Cancel(PollTimer);
        }
    }

    private void Poll()
    {
        if (_polling || _session.PollDue(Now, _catalogue.DescribedCount) is not { } plan)
        {
            return;
        }
        _polling = true;
        _counters.Polls++;
        var started = Now;
        _syncClient.TakeAsync(plan, _stopping.Token).PipeTo(Self,
            success: sync => new PollTaken(sync, started),
            failure: error => new PollFailed(error.GetBaseException().Message));
    }

    private void OnPoll(PollTaken taken)
    {
        _polling = false;
        if (_session.PollCompleted(taken.StartedAt))
        {
            Apply(taken.Sync);
        }
    }

    private void Apply(FeedSync sync)
    {
        _counters.Syncs++;
        _counters.RestItemErrors += sync.Errors;
        Describe([.. sync.Listed, .. sync.Odds.Select(odds => odds.Event)]);
        Route(sync.Updates(_catalogue.Priced, _subscription, _options.Odds.Bookmakers, TickTime));
        if (!sync.Plan.IsGapFill)
        {
            var retired = _catalogue.RetainOnly(sync.Listed.Select(e => e.Id).Concat(sync.Odds.Select(odds => odds.Event.Id)));
            if (retired.Count > 0)
            {
                _router.Tell(new EventsRetired(retired));
            }
        }
    }

    // ---- events and routing ----

    private void Route(IReadOnlyList<OddsUpdate> updates)
    {
        if (updates.Count == 0)
        {
            return;
        }
        _counters.Ticks += updates.Count;
        _catalogue.NotePriced(updates);
        _router.Tell(new RouteOdds(updates));
        DescribeMissing();
    }

    private void Describe(IEnumerable<OddsEvent> events)
    {
        var changed = _catalogue.Describe(events);
        if (changed.Count > 0)
        {
            _router.Tell(new EventsDescribed(changed));
        }
    }

    /// <summary>Events first seen in frames have no teams or kickoff yet: ask REST, ten at a time, one call in flight.</summary>
    private void DescribeMissing()
    {
        if (_describing || !_catalogue.HasMissing)
        {
            return;
        }
        _describing = true;
        var ids = _catalogue.TakeMissing(SyncPlan.EventsPerMultiCall);
        _syncClient.DescribeAsync(ids, _stopping.Token).PipeTo(Self,
            success: events => new EventsFetched(events),
            failure: error => new EventsFetchFailed(ids, error.GetBaseException().Message));
    }

    private OddsFeedStatus Status() => new(
        _session.Phase, _session.Polling, _session.FailedAttempts, _session.SyncedAt, _session.LastFrameAt,
        _counters.ConnectAttempts, _counters.Connections, _counters.Takeovers, _counters.StaleReconnects,
        _counters.Syncs, _counters.SyncFailures, _counters.Polls, _counters.RestItemErrors, _counters.Ticks,
        _counters.Frames.ToImmutableDictionary());

    private sealed class OpenDue : INoSerializationVerificationNeeded
    {
        public static readonly OpenDue Instance = new();
    }

    private sealed class WatchdogTick : INoSerializationVerificationNeeded
    {
        public static readonly WatchdogTick Instance = new();
    }

    private sealed class PollDue : INoSerializationVerificationNeeded
    {
        public static readonly PollDue Instance = new();
    }

    private sealed class DescribeDue : INoSerializationVerificationNeeded
    {
        public static readonly DescribeDue Instance = new();
    }

    private sealed record ResyncDue(int Generation) : INoSerializationVerificationNeeded;

    private sealed record SyncTaken(int Generation, FeedSync Sync, DateTimeOffset StartedAt) : INoSerializationVerificationNeeded;

    private sealed record SyncFailed(int Generation, string Reason) : INoSerializationVerificationNeeded;

    private sealed record PollTaken(FeedSync Sync, DateTimeOffset StartedAt) : INoSerializationVerificationNeeded;

    private sealed record PollFailed(string Reason) : INoSerializationVerificationNeeded;

    private sealed record EventsFetched(IReadOnlyList<OddsEvent> Events) : INoSerializationVerificationNeeded;

    private sealed record EventsFetchFailed(IReadOnlyList<string> EventIds, string Reason) : INoSerializationVerificationNeeded;
}

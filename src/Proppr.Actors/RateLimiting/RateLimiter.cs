using Akka.Actor;
using Akka.Event;
using Akka.Persistence;

namespace Proppr.Actors.RateLimiting;

/// <summary>
/// The cluster-wide gate for every outbound API call (a cluster singleton). Event-sourced, so a hand-over to another
/// node recovers the current windows instead of resetting them: each permit is journaled before its caller may use
/// it. The limits themselves are pure <see cref="IApiLimit"/> policies.
/// </summary>
public sealed class RateLimiter : ReceivePersistentActor
{
    public const string PersistenceIdValue = "rate-limiter";

    private readonly RateLimiterSettings _settings;
    private readonly IReadOnlyDictionary<string, IApiLimit> _limits;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private long _granted;
    private long _denied;
    private long _eventsSinceSnapshot;
    private int _unconfirmedWrites;

    public RateLimiter(RateLimiterSettings settings)
    {
        _settings = settings;
        _limits = settings.CreateLimits();

        Recover<SnapshotOffer>(offer => Restore((RateLimiterSnapshot)offer.Snapshot));
        Recover<IRateLimiterEvent>(Apply);

        Command<RequestPermit>(Request);
        Command<ReportResponse>(Report);
        Command<GetLimiterState>(_ => Sender.Tell(State()));
        Command<SaveSnapshotSuccess>(success =>
            DeleteMessages(success.Metadata.SequenceNr));
        Command<SaveSnapshotFailure>(failure => _log.Warning("Rate limiter snapshot failed: {0}", failure.Cause.Message));
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(failure => _log.Warning("Rate limiter journal clean-up failed: {0}", failure.Cause.Message));
    }

    public static Props Props(RateLimiterSettings settings) => Akka.Actor.Props.Create(() => new RateLimiter(settings));

    public override string PersistenceId => PersistenceIdValue;

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private void Request(RequestPermit request)
    {
        if (!_limits.TryGetValue(request.Api, out var limit))
        {
            _log.Error("Permit asked for unknown API '{0}': denied (configure a limit for it)", request.Api);
            _denied++;
            Sender.Tell(new PermitReply(request.Api, false, TimeSpan.FromMinutes(1)));
            return;
        }
        var now = Now;
        var decision = limit.Decide(now, request.Priority);
        if (!decision.Granted)
        {
            _denied++;
            Sender.Tell(new PermitReply(request.Api, false, decision.RetryAfter));
            return;
        }
        // Count the permit at once so the next request sees it; answer only once it is durable.
        var granted = new PermitGranted(request.Api, now);
        Apply(granted);
        _granted++;
        var sender = Sender;
        PersistApplied(granted, () => sender.Tell(new PermitReply(request.Api, true, TimeSpan.Zero)));
    }

    private void Report(ReportResponse response)
    {
        if (_limits.TryGetValue(response.Api, out var limit) && limit.OnResponse(response, Now) is { } change)
        {
            _log.Warning("{0} limit changed after HTTP {1}: {2}", response.Api, response.StatusCode, change);
            Apply(change);
            PersistApplied(change, () => { });
        }
    }

    private void Apply(IRateLimiterEvent @event)
    {
        var api = @event switch
        {
            PermitGranted e => e.Api,
            ApiBlocked e => e.Api,
            BackoffChanged e => e.Api,
            _ => throw new ArgumentException($"not a limiter event: {@event.GetType().Name}", nameof(@event)),
        };
        if (_limits.TryGetValue(api, out var limit))
        {
            limit.Apply(@event);
        }
        _eventsSinceSnapshot++;
    }

    /// <summary>Writes an event already applied to the live state; <paramref name="then"/> runs once it is durable.</summary>
    private void PersistApplied(IRateLimiterEvent @event, Action then)
    {
        _unconfirmedWrites++;
        PersistAsync(@event, _ =>
        {
            _unconfirmedWrites--;
            then();
            MaybeSnapshot();
        });
    }

    /// <summary>
    /// The journal refused a write (it could not store it): the state keeps the event (a permit stays counted, which errs
    /// on the side of the quota), its asker hears nothing and asks again after its timeout, and the write no longer
    /// holds back snapshots.
    /// </summary>
    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        _log.Error(cause, "The journal refused the limiter's {0} (sequence {1}); it stays counted in memory", @event.GetType().Name, sequenceNr);
        _unconfirmedWrites--;
        MaybeSnapshot();
    }

    private void MaybeSnapshot()
    {
        // The live state runs ahead of the journal while writes are in flight; a snapshot taken then would hold
        // events that recovery also replays after it. Wait for a quiet moment.
        if (_unconfirmedWrites > 0 || _eventsSinceSnapshot < _settings.SnapshotEvery)
        {
            return;
        }
        _eventsSinceSnapshot = 0;
        var now = Now;
        var events = _limits.Values.SelectMany(limit => limit.StateEvents(now)).ToArray();
        SaveSnapshot(new RateLimiterSnapshot(
            [.. events.OfType<PermitGranted>()], [.. events.OfType<ApiBlocked>()], [.. events.OfType<BackoffChanged>()]));
    }

    private void Restore(RateLimiterSnapshot snapshot)
    {
        foreach (var @event in snapshot.Backoffs.Cast<IRateLimiterEvent>().Concat(snapshot.Blocks).Concat(snapshot.Grants))
        {
            Apply(@event);
        }
        _eventsSinceSnapshot = 0;
    }

    private LimiterState State()
    {
        var now = Now;
        return new LimiterState([.. _limits.Values.Select(l => l.Describe(now)).OrderBy(s => s.Api, StringComparer.Ordinal)], _granted, _denied);
    }
}

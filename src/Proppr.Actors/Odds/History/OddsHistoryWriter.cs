using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Odds.History;

/// <summary>
/// Keeps the fixtures' odds signals (one writer per node, in one <see cref="OddsSignals"/> group, so each signal is
/// written by one of them): the signals that queue up while a write is under way go in the next transaction, a lone
/// one at once. A failed write is tried again on a timer with the same batch and nothing newer is lost meanwhile; rows
/// past the retention are deleted on a timer. The rules of what a row is live in <see cref="OddsHistoryStore"/>.
/// </summary>
public sealed class OddsHistoryWriter : ReceiveActor, IWithTimers
{
    public const string Group = "odds-history";

    private const int MaxBatch = 500;

    private readonly OddsHistoryStore _store;
    private readonly OddsHistorySettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Queue<FixtureOddsSignal> _pending = new();
    private FixtureOddsSignal[]? _writing;
    private long _letGo;

    public OddsHistoryWriter(OddsHistoryStore store, OddsHistorySettings settings, TimeProvider clock)
    {
        _store = store;
        _settings = settings;
        _clock = clock;
        Receive<SubscribeAck>(_ => { });
        Receive<FixtureOddsSignal>(OnSignal);
        Receive<Written>(_ => OnWritten());
        Receive<WriteFailed>(OnWriteFailed);
        Receive<RetryWrite>(_ => Write());
        Receive<PruneDue>(_ => Prune());
        Receive<Pruned>(pruned =>
        {
            if (pruned.Rows > 0)
            {
                _log.Info("Odds history: {0} rows older than {1} days deleted", pruned.Rows, _settings.RetentionDays);
            }
        });
        Receive<PruneFailed>(failed => _log.Warning("Odds history: deleting old rows failed, next try in {0}: {1}", _settings.PruneEvery, failed.Reason.Message));
    }

    public static Props Props(OddsHistoryStore store, OddsHistorySettings settings, TimeProvider clock) =>
        Akka.Actor.Props.Create(() => new OddsHistoryWriter(store, settings, clock));

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        OddsSignals.Topic.Subscribe(Context.System, Self, Group);
        Timers.StartPeriodicTimer(nameof(PruneDue), PruneDue.Instance, TimeSpan.Zero, _settings.PruneEvery);
    }

    protected override void PostStop() => OddsSignals.Topic.Unsubscribe(Context.System, Self, Group);

    private void OnSignal(FixtureOddsSignal signal)
    {
        _pending.Enqueue(signal);
        if (_pending.Count > _settings.MaxPending)
        {
            _pending.Dequeue();
            _letGo++;
        }
        if (_writing is null)
        {
            Write();
        }
    }

    /// <summary>Writes the batch under way again (after a failure), else the next one from the queue.</summary>
    private void Write()
    {
        if (_writing is null)
        {
            if (_pending.Count == 0)
            {
                return;
            }
            _writing = [.. Enumerable.Range(0, Math.Min(_pending.Count, MaxBatch)).Select(_ => _pending.Dequeue())];
        }
        _store.WriteAsync(_writing, CancellationToken.None)
            .PipeTo(Self, success: () => Written.Instance, failure: reason => new WriteFailed(reason));
    }

    private void OnWritten()
    {
        _writing = null;
        if (_letGo > 0)
        {
            _log.Warning("Odds history: {0} signals were let go while the database was unreachable (more than {1} waiting)", _letGo, _settings.MaxPending);
            _letGo = 0;
        }
        Write();
    }

    private void OnWriteFailed(WriteFailed failed)
    {
        _log.Warning("Odds history: writing {0} signals failed, trying again in {1}: {2}", _writing?.Length ?? 0, _settings.RetryAfter, failed.Reason.Message);
        Timers.StartSingleTimer(nameof(RetryWrite), RetryWrite.Instance, _settings.RetryAfter);
    }

    private void Prune() =>
        _store.PruneAsync(_clock.GetUtcNow() - _settings.Retention, CancellationToken.None)
            .PipeTo(Self, success: rows => new Pruned(rows), failure: reason => new PruneFailed(reason));

    private sealed class Written : INoSerializationVerificationNeeded
    {
        public static readonly Written Instance = new();
    }

    private sealed record WriteFailed(Exception Reason) : INoSerializationVerificationNeeded;

    private sealed class RetryWrite : INoSerializationVerificationNeeded
    {
        public static readonly RetryWrite Instance = new();
    }

    private sealed class PruneDue : INoSerializationVerificationNeeded
    {
        public static readonly PruneDue Instance = new();
    }

    private sealed record Pruned(int Rows) : INoSerializationVerificationNeeded;

    private sealed record PruneFailed(Exception Reason) : INoSerializationVerificationNeeded;
}

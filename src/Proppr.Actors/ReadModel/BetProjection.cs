using Akka.Actor;
using Akka.Event;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// Keeps the read model up with the journal (a cluster singleton): follows the tagged bet events from the stored
/// offset and applies them through <see cref="BetReadModelStore"/>, those that queue up during a write together. The
/// stream starts again on a back-off after any failure, each time from the offset stored with the rows, so nothing is
/// applied twice or skipped.
/// </summary>
public sealed class BetProjection : ReceiveActor, IWithStash
{
    // Events that arrive while a write is under way are applied together in the next transaction: one commit for a
    // full-time round of thousands of settlements, not one each; a lone event is written at once.
    private const int MaxBatch = 500;

    private readonly BetReadModelStore _store;
    private readonly RestartBackoff _backoff;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private IMaterializer _materializer = null!;
    private UniqueKillSwitch? _stream;

    // Which materialization of the stream is current: reports from one stopped for a rebuild are ignored.
    private int _run;
    private long _applied;

    public BetProjection(BetReadModelStore store, RestartBackoff backoff)
    {
        _store = store;
        _backoff = backoff;
        Following();
    }

    public static Props Props(BetReadModelStore store, RestartBackoff backoff) =>
        Akka.Actor.Props.Create(() => new BetProjection(store, backoff));

    public IStash Stash { get; set; } = null!;

    protected override void PreStart()
    {
        _materializer = Context.Materializer();
        StartStream();
    }

    private void Following()
    {
        Receive<Applied>(OnApplied);
        Receive<StreamEnded>(OnStreamEnded);
        Receive<GetProjectionProgress>(_ => Sender.Tell(new ProjectionProgress(_applied)));
        Receive<RebuildReadModel>(_ => Rebuild(Sender));
    }

    /// <summary>While the tables are reset nothing else is answered: progress would be neither the old nor the new.</summary>
    private void Resetting()
    {
        Receive<Applied>(OnApplied);
        Receive<StreamEnded>(OnStreamEnded);
        Receive<ResetDone>(done =>
        {
            if (done.Error is { } error)
            {
                _log.Error(error, "Read model rebuild failed; carrying on from the stored offset");
                done.ReplyTo.Tell(new ReadModelRebuildFailed(error.Message));
            }
            else
            {
                _log.Info("Read model dropped; replaying the journal");
                done.ReplyTo.Tell(ReadModelRebuildStarted.Instance);
            }
            StartStream();
            Become(Following);
            Stash.UnstashAll();
        });
        ReceiveAny(_ => Stash.Stash());
    }

    private void Rebuild(IActorRef replyTo)
    {
        // The stopped stream may still finish one write; the store's offset check refuses it once the tables are reset.
        _stream?.Shutdown();
        _run++;
        _applied = 0;
        _store.ResetAsync(CancellationToken.None)
            .PipeTo(Self, success: () => new ResetDone(replyTo, null), failure: error => new ResetDone(replyTo, error));
        Become(Resetting);
    }

    private void StartStream()
    {
        var run = ++_run;
        var system = Context.System;
        var store = _store;
        _stream = RestartSource.OnFailuresWithBackoff(
                () => Source.FromTask(StoredOffsetAsync(store))
                    .ConcatMany(start => BetEventsQuery.After(system, start)
                        .Batch(MaxBatch, first => new List<BetJournalEvent> { first }, (batch, next) => { batch.Add(next); return batch; })
                        .ScanAsync(start, (applied, batch) => store.ApplyAsync(applied, batch, CancellationToken.None))),
                _backoff.Settings)
            .ViaMaterialized(KillSwitches.Single<long>(), Keep.Right)
            .Select(offset => new Applied(run, offset))
            .To(Sink.ActorRef<Applied>(Self, new StreamEnded(run, null), error => new StreamEnded(run, error)))
            .Run(_materializer);
    }

    private static Task<long> StoredOffsetAsync(BetReadModelStore store) => store.LastOffsetAsync(CancellationToken.None);

    private void OnApplied(Applied applied)
    {
        if (applied.Run == _run)
        {
            _applied = applied.Offset;
        }
    }

    /// <summary>The stream restarts itself after failures, so its end is unexpected: restart the actor, and the stream with it.</summary>
    private void OnStreamEnded(StreamEnded ended)
    {
        if (ended.Run == _run)
        {
            throw new InvalidOperationException("The bet projection's journal stream ended", ended.Error);
        }
    }

    private sealed record Applied(int Run, long Offset);

    private sealed record StreamEnded(int Run, Exception? Error);

    private sealed record ResetDone(IActorRef ReplyTo, Exception? Error);
}

using Akka;
using Akka.Actor;
using Akka.Event;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace Proppr.Actors.ReadModel;

/// <summary>
/// A node's live feed of bet events (one per node, not a singleton): follows the journal's bet tag from its current
/// end and passes each new event to the local subscribers, so every node can stream what happened on any node. The
/// journal stream starts again on a back-off after a failure, just after the last event it passed on.
/// </summary>
public sealed class LiveBetFeed : ReceiveActor
{
    private readonly HashSet<IActorRef> _subscribers = [];
    private readonly LiveFeedCursor _cursor;
    private readonly RestartBackoff _backoff;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private IMaterializer _materializer = null!;

    public LiveBetFeed(JournalEnd journalEnd, RestartBackoff backoff)
    {
        _cursor = new LiveFeedCursor(journalEnd);
        _backoff = backoff;

        Receive<BetJournalEvent>(journalEvent =>
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Tell(journalEvent);
            }
        });
        Receive<SubscribeLiveBets>(subscribe =>
        {
            _subscribers.Add(subscribe.Subscriber);
            Context.Watch(subscribe.Subscriber);
            _cursor.Positioned.PipeTo(Sender, success: () => LiveBetsSubscribed.Instance);
        });
        Receive<UnsubscribeLiveBets>(unsubscribe => Remove(unsubscribe.Subscriber));
        Receive<Terminated>(terminated => Remove(terminated.ActorRef));
        Receive<StreamEnded>(ended =>
        {
            // It restarts itself after failures, so an end is unexpected; follow on from the cursor, keeping the subscribers.
            _log.Error(ended.Error, "The live bet feed's journal stream ended; starting it again");
            StartStream();
        });
    }

    public static Props Props(JournalEnd journalEnd, RestartBackoff backoff) =>
        Akka.Actor.Props.Create(() => new LiveBetFeed(journalEnd, backoff));

    /// <summary>
    /// Subscribes a stream to <paramref name="feed"/>: what an HTTP event stream reads. A consumer more than
    /// <paramref name="bufferSize"/> events behind fails the stream rather than silently missing events; it can
    /// catch up from the read model by offset (<see cref="BetQueries.SettlementsAfterAsync"/>) and subscribe again.
    /// </summary>
    public static async Task<Source<BetJournalEvent, NotUsed>> SubscribeAsync(
        IActorRef feed, IMaterializer materializer, int bufferSize, TimeSpan timeout)
    {
        var (subscriber, events) = Source.ActorRef<BetJournalEvent>(bufferSize, OverflowStrategy.Fail).PreMaterialize(materializer);
        await feed.Ask<LiveBetsSubscribed>(new SubscribeLiveBets(subscriber), timeout);
        return events;
    }

    protected override void PreStart()
    {
        _materializer = Context.Materializer();
        StartStream();
    }

    private void StartStream()
    {
        var system = Context.System;
        var cursor = _cursor;
        RestartSource.OnFailuresWithBackoff(
                () => Source.FromTask(cursor.StartAsync())
                    .ConcatMany(start => BetEventsQuery.After(system, start))
                    .Select(cursor.Passed),
                _backoff.Settings)
            .RunWith(Sink.ActorRef<BetJournalEvent>(Self, new StreamEnded(null), error => new StreamEnded(error)), _materializer);
    }

    private void Remove(IActorRef subscriber)
    {
        _subscribers.Remove(subscriber);
        Context.Unwatch(subscriber);
    }

    private sealed record StreamEnded(Exception? Error);
}

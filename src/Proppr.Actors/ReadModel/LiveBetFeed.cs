using Akka;
using Akka.Actor;
using Akka.Event;
using Akka.Streams;
using Akka.Streams.Dsl;
using Proppr.Actors.Fixtures;

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
    /// Subscribes a stream to <paramref name="feed"/>: what an HTTP event stream reads, one entry per bet change. With
    /// <paramref name="after"/> (a <see cref="JournalPosition"/> the reader saw last) it first catches up from the
    /// journal, from the change after that one (inside the same event if it had more), then follows the feed; each
    /// position comes once, in order. A consumer more than <paramref name="bufferSize"/> events behind fails the
    /// stream rather than silently missing events; it can subscribe again from the last position it saw.
    /// </summary>
    public static async Task<Source<BetJournalEntry, NotUsed>> SubscribeAsync(
        IActorRef feed, ActorSystem system, int bufferSize, TimeSpan timeout, long? after = null)
    {
        var (subscriber, live) = Source.ActorRef<BetJournalEvent>(bufferSize, OverflowStrategy.Fail).PreMaterialize(system.Materializer());
        await feed.Ask<LiveBetsSubscribed>(new SubscribeLiveBets(subscriber), timeout);
        if (after is not { } position)
        {
            return live.SelectMany(journalEvent => journalEvent.Entries());
        }
        // Subscribed first, caught up second: what the journal held when asked, then the live events, whose first ones
        // the catch-up may already have passed on.
        return BetEventsQuery.WrittenAfter(system, JournalPosition.OffsetOf(position) - 1)
            .Concat(live)
            .SelectMany(journalEvent => journalEvent.Entries())
            .StatefulSelectMany<BetJournalEntry, BetJournalEntry, NotUsed>(() =>
            {
                var last = position;
                return entry =>
                {
                    if (entry.Position <= last)
                    {
                        return [];
                    }
                    last = entry.Position;
                    return [entry];
                };
            });
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

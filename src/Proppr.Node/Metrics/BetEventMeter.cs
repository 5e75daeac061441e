using Akka.Actor;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Metrics;

/// <summary>Counts the bet events of this node's live feed: bets tracked, settlements by status, and how long they took to arrive.</summary>
public sealed class BetEventMeter : ReceiveActor
{
    public BetEventMeter(IActorRef feed, NodeMetrics metrics)
    {
        Receive<LiveBetsSubscribed>(_ => { });
        Receive<BetJournalEvent>(journalEvent =>
        {
            switch (journalEvent.Event)
            {
                case BetTracked:
                    metrics.BetsTracked.Inc();
                    break;
                case BetSettled settled:
                    Count("settled", settled.Settlement);
                    break;
                case BetResettled resettled:
                    Count("resettled", resettled.Settlement);
                    break;
            }
        });
        feed.Tell(new SubscribeLiveBets(Self));

        void Count(string kind, Actors.Betting.Settlement settlement)
        {
            metrics.Settlements.WithLabels(kind, WireNames.Statuses.NameOf(settlement.Status)).Inc();
            if (settlement.SettledAt is { } decided)
            {
                metrics.SettlementLatency.Observe(Math.Max(0, (Context.System.Scheduler.Now - decided).TotalSeconds));
            }
        }
    }

    public static Props Props(IActorRef feed, NodeMetrics metrics) => Akka.Actor.Props.Create(() => new BetEventMeter(feed, metrics));
}

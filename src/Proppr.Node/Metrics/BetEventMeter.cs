using Akka.Actor;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Metrics;

/// <summary>
/// Counts the bet changes of this node's live feed, one per bet even when one journal event carries a whole round:
/// bets tracked, settlements by status and how long they took to arrive, closing lines fixed.
/// </summary>
public sealed class BetEventMeter : ReceiveActor
{
    public BetEventMeter(IActorRef feed, NodeMetrics metrics)
    {
        Receive<LiveBetsSubscribed>(_ => { });
        Receive<BetJournalEvent>(journalEvent =>
        {
            foreach (var change in journalEvent.Event.Changes())
            {
                Count(metrics, change, Context.System.Scheduler.Now);
            }
        });
        feed.Tell(new SubscribeLiveBets(Self));
    }

    public static Props Props(IActorRef feed, NodeMetrics metrics) => Akka.Actor.Props.Create(() => new BetEventMeter(feed, metrics));

    public static void Count(NodeMetrics metrics, BetChange change, DateTimeOffset now)
    {
        switch (change)
        {
            case BetTrackedChange:
                metrics.BetsTracked.Inc();
                break;
            case SettlementChange settled:
                metrics.Settlements.WithLabels(settled.Resettled ? "resettled" : "settled", WireNames.Statuses.NameOf(settled.Settlement.Status)).Inc();
                if (settled.Settlement.SettledAt is { } decided)
                {
                    metrics.SettlementLatency.Observe(Math.Max(0, (now - decided).TotalSeconds));
                }
                break;
            case ClosingLineChange:
                metrics.ClosingLines.Inc();
                break;
            case BetMovedChange:
                metrics.BetsMoved.Inc();
                break;
            default:
                throw new ArgumentException($"not a bet change: {change.GetType().Name}", nameof(change));
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Akka;
using Akka.Actor;
using Akka.Hosting;
using Akka.Streams;
using Akka.Streams.Dsl;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// Tracked bets, settlements and re-settlements from this node's live feed (which follows the whole cluster's journal),
/// each with its journal offset as event id.
/// </summary>
public sealed class BetFeedEvents(IRequiredActor<LiveBetFeed> feed, ActorSystem system, ApiSettings settings) : ILiveEventSource
{
    public async Task<Source<LiveEvent, NotUsed>> SubscribeAsync(CancellationToken cancellationToken)
    {
        var events = await LiveBetFeed.SubscribeAsync(feed.ActorRef, system.Materializer(), settings.StreamBuffer, settings.AskTimeout);
        return events.Select(ToLiveEvent);
    }

    public static LiveEvent ToLiveEvent(BetJournalEvent journalEvent)
    {
        var (type, fixtureId, name, body) = journalEvent.Event switch
        {
            BetTracked e => ("bet_tracked", e.FixtureId, "bet", ContractJson.Bet(e.Bet)),
            BetSettled e => ("bet_settled", e.FixtureId, "settlement", ContractJson.Settlement(e.Settlement)),
            BetResettled e => ("bet_resettled", e.FixtureId, "settlement", ContractJson.Settlement(e.Settlement)),
            var other => throw new ArgumentException($"not a bet event: {other.GetType().Name}", nameof(journalEvent)),
        };
        var data = new JsonObject
        {
            ["offset"] = journalEvent.Offset,
            ["written_at"] = journalEvent.WrittenAt.UtcDateTime,
            ["fixture_id"] = fixtureId,
            [name] = body,
        };
        return new LiveEvent(type, data.ToJsonString(), journalEvent.Offset.ToString(CultureInfo.InvariantCulture));
    }
}

using System.Text.Json;
using Akka;
using Akka.Actor;
using Akka.Streams.Dsl;
using Proppr.Actors.Fixtures;
using Proppr.Node.Api.Odds;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// Price drops (<c>price_drop</c>) and value bets (<c>value_bet</c>) from every fixture of the cluster, one event each.
/// They are not journaled, so they carry no id: a client that reconnects misses the ones in between (the fixture's
/// book at <c>/api/fixtures/{id}</c> still lists them).
/// </summary>
public sealed class OddsSignalEvents(ActorSystem system, ApiSettings settings) : ILiveEventSource
{
    public async Task<Source<LiveEvent, NotUsed>> SubscribeAsync(long? lastEventId, CancellationToken cancellationToken)
    {
        var signals = await TopicSubscription.SubscribeAsync<FixtureOddsSignal>(system, OddsSignals.Topic, settings, cancellationToken);
        return signals.SelectMany(ToLiveEvents);
    }

    public static IEnumerable<LiveEvent> ToLiveEvents(FixtureOddsSignal signal) =>
        signal.Drops.Select(drop => new LiveEvent("price_drop", JsonSerializer.Serialize(PriceDropEntry.From(signal.FixtureId, drop), ContractJson.Options)))
            .Concat(signal.ValueBets.Select(value => new LiveEvent("value_bet", JsonSerializer.Serialize(ValueBetEntry.From(signal.FixtureId, value, signal.At), ContractJson.Options))));
}

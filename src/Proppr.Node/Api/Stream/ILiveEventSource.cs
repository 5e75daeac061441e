using Akka;
using Akka.Streams.Dsl;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// A kind of event for <c>/api/stream</c>. Bet events come from <see cref="BetFeedEvents"/>; the odds side adds its
/// price drops and value bets by implementing this and plugging it in through <see cref="NodeServices.LiveEventSources"/>.
/// Each stream client subscribes anew; the returned source ends (or fails) when the subscription cannot go on.
/// </summary>
public interface ILiveEventSource
{
    Task<Source<LiveEvent, NotUsed>> SubscribeAsync(CancellationToken cancellationToken);
}

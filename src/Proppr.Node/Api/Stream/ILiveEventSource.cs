using Akka;
using Akka.Streams.Dsl;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// A kind of event for <c>/api/stream</c>: bet events (<see cref="BetFeedEvents"/>), price drops and value bets
/// (<see cref="OddsSignalEvents"/>).
/// Each stream client subscribes anew; the returned source ends (or fails) when the subscription cannot go on.
/// </summary>
public interface ILiveEventSource
{
    /// <param name="lastEventId">The client's <c>Last-Event-ID</c>: a source whose events have ids continues after it.</param>
    Task<Source<LiveEvent, NotUsed>> SubscribeAsync(long? lastEventId, CancellationToken cancellationToken);
}

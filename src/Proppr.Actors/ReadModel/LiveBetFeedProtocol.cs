using Akka.Actor;

namespace Proppr.Actors.ReadModel;

// Local messages of a node's live feed: subscribers are on the same node, so none of these crosses the network.

/// <summary>
/// Send <paramref name="Subscriber"/> every bet event (<see cref="BetJournalEvent"/>) written from now on, on any node.
/// Answered with <see cref="LiveBetsSubscribed"/> once the feed knows its place in the journal (just after it starts):
/// every event written after the answer arrives. Ends with <see cref="UnsubscribeLiveBets"/> or when the subscriber stops.
/// </summary>
public sealed record SubscribeLiveBets(IActorRef Subscriber);

public sealed record UnsubscribeLiveBets(IActorRef Subscriber);

public sealed record LiveBetsSubscribed
{
    public static readonly LiveBetsSubscribed Instance = new();
}

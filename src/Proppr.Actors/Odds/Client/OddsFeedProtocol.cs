using System.Collections.Immutable;
using Akka.Actor;
using Proppr.Actors.Odds.Feed;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.Odds.Client;

// ---- queries (through the singleton proxy, so they may cross nodes) ----

/// <summary>Answered by the feed with an <see cref="OddsFeedStatus"/>.</summary>
public sealed record GetOddsFeedStatus : IPropprMessage
{
    public static readonly GetOddsFeedStatus Instance = new();
}

/// <summary>
/// The feed's connection and counts: attempts, connections, takeovers (the key taken by another connection), stale
/// reconnects, syncs and polls, and the objects read from frames by type (<c>unknown</c> and <c>malformed</c>
/// ones are counted and skipped), and the ticks handed on to the books (from frames, syncs and polls).
/// </summary>
public sealed record OddsFeedStatus(
    FeedPhase Phase,
    bool Polling,
    int FailedAttempts,
    DateTimeOffset? SyncedAt,
    DateTimeOffset? LastFrameAt,
    long ConnectAttempts,
    long Connections,
    long Takeovers,
    long StaleReconnects,
    long Syncs,
    long SyncFailures,
    long Polls,
    long RestItemErrors,
    long Ticks,
    ImmutableDictionary<string, long> Frames) : IPropprMessage;

/// <summary>Answered by the feed's router with an <see cref="OddsRoutingStatus"/>.</summary>
public sealed record GetOddsRoutingStatus : IPropprMessage
{
    public static readonly GetOddsRoutingStatus Instance = new();
}

/// <summary>Events routed to a known fixture, and the events (and ticks) held until theirs is found.</summary>
public sealed record OddsRoutingStatus(int ResolvedEvents, int HeldEvents, int HeldTicks) : IPropprMessage;

// ---- between the feed and its router (a child: same node) ----

internal sealed record RouteOdds(IReadOnlyList<OddsUpdate> Updates) : INoSerializationVerificationNeeded;

internal sealed record EventsDescribed(IReadOnlyList<OddsEvent> Events) : INoSerializationVerificationNeeded;

/// <summary>Events a full sync no longer lists (their prices withdrawn): the router forgets them.</summary>
internal sealed record EventsRetired(IReadOnlyList<string> EventIds) : INoSerializationVerificationNeeded;

// ---- from the socket of one connect attempt, tagged with its generation ----

internal sealed record SocketPermitDenied(int Generation, TimeSpan RetryAfter) : INoSerializationVerificationNeeded;

internal sealed record SocketOpened(int Generation) : INoSerializationVerificationNeeded;

internal sealed record SocketFailed(int Generation, string Reason) : INoSerializationVerificationNeeded;

internal sealed record SocketMessage(int Generation, string Text) : INoSerializationVerificationNeeded;

/// <summary><see cref="TakenOver"/>: the server closed with 1000, which is how the provider ends a connection another one replaced.</summary>
internal sealed record SocketClosed(int Generation, bool TakenOver, string Reason) : INoSerializationVerificationNeeded;

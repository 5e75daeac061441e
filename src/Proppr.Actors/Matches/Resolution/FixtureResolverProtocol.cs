using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// Find the FotMob match another provider's id means. Answered with a <see cref="FixtureResolution"/>: the match id when
/// it is known; otherwise a pending one now (the query is durable) and a second when the match is found.
/// </summary>
public sealed record ResolveFixture(FixtureQuery Query) : IPropprMessage;

/// <summary>
/// Track bets on the match another provider's id means. Answered with <see cref="ResolvedBets"/>: tracked by their
/// fixture when the match is known, else held (durable with the query) and handed over once it is found.
/// </summary>
public sealed record TrackOnResolvedFixture(FixtureQuery Query, ImmutableArray<Bet> Bets) : IPropprMessage;

/// <summary>
/// The answer to <see cref="TrackOnResolvedFixture"/>: <paramref name="Tracked"/> is the fixture's own answer, bet by
/// bet; null when the bets are held until <paramref name="ExternalId"/> is matched to a FotMob fixture.
/// </summary>
public sealed record ResolvedBets(string ExternalId, Fixtures.BetsTracked? Tracked) : IPropprMessage;

/// <summary>
/// The FotMob match id for <paramref name="ExternalId"/>, or null while it is still being searched for (the query and
/// its bets are durable by then). <paramref name="Error"/> says why an operator's <see cref="MapFixture"/> did not take.
/// </summary>
public sealed record FixtureResolution(string ExternalId, long? FixtureId, string? Error = null) : IPropprMessage;

/// <summary>
/// An operator (or a feed that knows) says which match an id means; this overrides any search. Answered with a
/// <see cref="FixtureResolution"/> once the mapping is saved; bets held for the id then go to that fixture.
/// </summary>
public sealed record MapFixture(string ExternalId, long FixtureId) : IPropprMessage;

/// <summary>
/// Fixture <paramref name="FixtureId"/>'s match id stopped answering: find where its match went, through the odds ids
/// its bets carry (<paramref name="OddsEventIds"/>, a mapping to another fixture wins) or the team-name search
/// around its kickoff (<paramref name="Query"/>, null when the fixture never learned its teams). Kept as an unresolved
/// query under <see cref="FixtureRelocation.KeyOf"/> until found; the answer, a <see cref="Fixtures.FixtureRelocated"/>,
/// goes to the fixture through its region. An operator can answer by mapping that key.
/// </summary>
public sealed record RelocateFixture(long FixtureId, FixtureQuery? Query, ImmutableArray<string> OddsEventIds) : IPropprMessage;

public sealed record GetUnresolvedFixtures : IPropprMessage
{
    public static readonly GetUnresolvedFixtures Instance = new();
}

public sealed record UnresolvedFixture(
    FixtureQuery Query,
    int HeldBets,
    int Attempts,
    string? LastError,
    DateTimeOffset NextAttemptAt) : IPropprMessage;

public sealed record UnresolvedFixtures(ImmutableArray<UnresolvedFixture> Items) : IPropprMessage;

// ---- events ----

public interface IFixtureResolverEvent : IPropprMessage;

/// <summary>A query (and any bets on it) is kept until its match is found.</summary>
public sealed record ResolutionQueued(FixtureQuery Query, ImmutableArray<Bet> Bets) : IFixtureResolverEvent;

public sealed record ExternalFixtureResolved(string ExternalId, long FixtureId, double? Score, DateTimeOffset At) : IFixtureResolverEvent;

/// <summary>A search found no single match (or failed): the next attempt waits a little longer each time.</summary>
public sealed record ResolutionAttemptFailed(string ExternalId, string Error, DateTimeOffset At) : IFixtureResolverEvent;

/// <summary>
/// The fixture acknowledged these bets (<see cref="BetIds"/>) that waited on this id; bets held for it since the
/// delivery left still wait. Null (events written before the ids were recorded): every bet held for it.
/// </summary>
public sealed record HeldBetsDelivered(string ExternalId, IReadOnlyList<string>? BetIds = null) : IFixtureResolverEvent;

/// <summary>A query still unmatched, the bets waiting on it, and how its search has gone so far.</summary>
public sealed record PendingResolution(FixtureQuery Query, ImmutableArray<Bet> Bets, int Attempts, string? LastError, DateTimeOffset NextAttemptAt);

/// <summary>Bets whose match is known, not yet acknowledged by its fixture.</summary>
public sealed record HeldDelivery(string ExternalId, long FixtureId, ImmutableArray<Bet> Bets);

/// <summary>
/// The resolver's outstanding work, saved every few hundred events so recovery replays only what followed it. Known
/// mappings are not in it: they are in the mapping table, written before the resolver relies on them.
/// </summary>
public sealed record FixtureResolverSnapshot(ImmutableArray<PendingResolution> Unresolved, ImmutableArray<HeldDelivery> Undelivered) : IPropprMessage;

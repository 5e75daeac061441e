using System.Collections.Immutable;
using Proppr.Actors.Matches;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.Fixtures;

/// <summary>A fixture's whole state as saved to the snapshot store, so recovery replays only the events after it.</summary>
public sealed record FixtureSnapshot(
    long FixtureId,
    MatchStatus? Status,
    MatchTime? Clock,
    Score Score,
    string? Home,
    string? Away,
    DateTimeOffset? Kickoff,
    DateTimeOffset? EndedAt,
    int CorrectionChecksDone,
    ImmutableArray<TrackedBet> Bets,
    long? MovedTo = null) : IPropprMessage;

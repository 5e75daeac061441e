using System.Collections.Immutable;
using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.Fixtures;

/// <summary>A message routed to one fixture by its FotMob match id (the shard key).</summary>
public interface IWithFixtureId
{
    long FixtureId { get; }
}

/// <summary>Commands and queries a fixture answers; they cross nodes through the fixture region.</summary>
public interface IFixtureCommand : IWithFixtureId, IPropprMessage;

/// <summary>Events in a fixture's journal. Bet events are tagged for the read model and the live feed (<see cref="BetEventTagger"/>).</summary>
public interface IFixtureEvent : IWithFixtureId, IPropprMessage;

// ---- commands and their replies ----

/// <summary>Track bets on one fixture. Answered with <see cref="BetsTracked"/> once the accepted ones are durable.</summary>
public sealed record TrackBets(long FixtureId, ImmutableArray<Bet> Bets) : IFixtureCommand;

public enum TrackStatus
{
    Accepted,
    /// <summary>The same bet (same id, same content) was already tracked: acknowledged, nothing written.</summary>
    Duplicate,
    Rejected,
}

public sealed record TrackOutcome(string BetId, TrackStatus Status, string? Reason = null);

public sealed record BetsTracked(long FixtureId, ImmutableArray<TrackOutcome> Outcomes) : IWithFixtureId, IPropprMessage;

/// <summary>Poll the match data now instead of waiting for the schedule (operators, replays).</summary>
public sealed record RefreshMatch(long FixtureId) : IFixtureCommand;

// ---- queries ----

public sealed record GetFixture(long FixtureId) : IFixtureCommand;

public sealed record GetBet(long FixtureId, string BetId) : IFixtureCommand;

/// <summary>A bet and its latest settlement (null until it is first decided).</summary>
public sealed record BetView(Bet Bet, Settlement? Settlement) : IPropprMessage;

public sealed record BetNotFound(long FixtureId, string BetId) : IWithFixtureId, IPropprMessage;

public sealed record FixtureView(
    long FixtureId,
    MatchStatus? Status,
    MatchTime? Clock,
    Score Score,
    string? Home,
    string? Away,
    DateTimeOffset? Kickoff,
    ImmutableArray<BetView> Bets) : IWithFixtureId, IPropprMessage;

// ---- events ----

public sealed record BetTracked(long FixtureId, Bet Bet) : IFixtureEvent;

/// <summary>A bet's first decision.</summary>
public sealed record BetSettled(long FixtureId, Settlement Settlement) : IFixtureEvent;

/// <summary>A changed decision; <see cref="Settlement.ResettledFrom"/> names the settlement it replaces.</summary>
public sealed record BetResettled(long FixtureId, Settlement Settlement) : IFixtureEvent;

/// <summary>The match moved: kicked off, scored, reached half or full time, was called off.</summary>
public sealed record MatchStateChanged(
    long FixtureId,
    MatchStatus Status,
    MatchTime? Clock,
    Score Score,
    string? Home,
    string? Away,
    DateTimeOffset? Kickoff,
    DateTimeOffset At) : IFixtureEvent;

/// <summary>One of the post-full-time correction checks (FT+30m, FT+2h) has been made.</summary>
public sealed record CorrectionCheckCompleted(long FixtureId, int Check, DateTimeOffset At) : IFixtureEvent;

// ---- published on the node's event stream ----

/// <summary>A fixture could not replay its journal and stopped (sharding starts it again); alerts listen for this.</summary>
public sealed record FixtureRecoveryFailed(long FixtureId, string Error);

// ---- local messages between a fixture, its graders and its timers (never leave the node) ----

/// <summary>Grade against this snapshot; the grader answers with a <see cref="GradeDecision"/> for the same round.</summary>
internal sealed record GradeRound(long Round, MatchSnapshot Match, DateTimeOffset Now) : INoSerializationVerificationNeeded;

/// <summary>A grader's answer to a round: its decision, or null when it equals the confirmed one.</summary>
internal sealed record GradeDecision(long Round, string BetId, Settlement? Changed) : INoSerializationVerificationNeeded;

/// <summary>The fixture made this settlement durable: it is now the grader's baseline.</summary>
internal sealed record SettlementConfirmed(Settlement Settlement) : INoSerializationVerificationNeeded;

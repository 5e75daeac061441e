using System.Collections.Immutable;
using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.Fixtures;

/// <summary>A message routed to one fixture by its FotMob match id (the shard key).</summary>
public interface IWithFixtureId
{
    long FixtureId { get; }
}

/// <summary>Commands and queries a fixture answers; they cross nodes through the fixture region.</summary>
public interface IFixtureCommand : IWithFixtureId, IPropprMessage;

/// <summary>Events in a fixture's journal. Bet events (<see cref="IBetEvent"/>) are tagged for the read model and the live feed (<see cref="BetEventTagger"/>).</summary>
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

/// <summary>
/// A bet, its latest settlement (null until it is first decided), its closing line (null until fixed, or when the feed
/// had no price) and the fixture it moved to, if its own stopped answering (<see cref="BetsMoved"/>).
/// </summary>
public sealed record BetView(Bet Bet, Settlement? Settlement, ClosingLine? ClosingLine = null, long? MovedTo = null) : IPropprMessage;

public sealed record BetNotFound(long FixtureId, string BetId) : IWithFixtureId, IPropprMessage;

/// <summary>
/// A fixture now: match state, its bets, how many post-full-time correction checks it has made, and whether it is
/// grading (a round under way, or a payload it has not graded yet): until it is not, its bets may still change; when
/// its match data last arrived (market time) and why it was asked for (<see cref="RefreshReasons"/>).
/// </summary>
public sealed record FixtureView(
    long FixtureId,
    MatchStatus? Status,
    MatchTime? Clock,
    Score Score,
    string? Home,
    string? Away,
    DateTimeOffset? Kickoff,
    ImmutableArray<BetView> Bets,
    int CorrectionChecksDone = 0,
    bool Grading = false,
    DateTimeOffset? RefreshedAt = null,
    string? RefreshedBecause = null) : IWithFixtureId, IPropprMessage;

// ---- events ----

/// <summary>The bets of one <see cref="TrackBets"/> the fixture accepted, in the order they came: one journal row.</summary>
public sealed record BetsTrackedTogether(long FixtureId, ImmutableArray<Bet> Bets) : IBetEvent
{
    /// <summary>Each bet tracked; one that came already settled (<see cref="Bet.PriorSettlement"/>) settled with it.</summary>
    public ImmutableArray<BetChange> Changes() =>
    [
        .. Bets.SelectMany(bet => bet.PriorSettlement is { } prior
            ? new BetChange[] { new BetTrackedChange(bet), new SettlementChange(prior, false) }
            : [new BetTrackedChange(bet)]),
    ];
}

/// <summary>
/// Every settlement and re-settlement one grading round decided, in one journal row. A re-settlement names the
/// settlement it replaces in <see cref="Settlement.ResettledFrom"/>; a first decision never does.
/// </summary>
public sealed record RoundSettled(long FixtureId, ImmutableArray<Settlement> Settlements) : IBetEvent
{
    public ImmutableArray<BetChange> Changes() =>
        [.. Settlements.Select(settlement => (BetChange)new SettlementChange(settlement, settlement.ResettledFrom is not null))];
}

/// <summary>The closing lines fixed together once kickoff has passed, in one journal row.</summary>
public sealed record ClosingLinesFixed(long FixtureId, ImmutableArray<ClosingLine> Lines) : IBetEvent
{
    public ImmutableArray<BetChange> Changes() => [.. Lines.Select(line => (BetChange)new ClosingLineChange(line))];
}

/// <summary>
/// The fixture's match id stopped answering (<see cref="MoveReasons"/>) and the fixture resolver found the match
/// under <paramref name="ToFixtureId"/>: these open bets go there, and this event is their audit trail. Written before
/// the bets are handed over (the new fixture acknowledges a repeat as a duplicate), so no settlement of theirs can
/// reach the read model ahead of it.
/// </summary>
public sealed record BetsMoved(long FixtureId, long ToFixtureId, ImmutableArray<string> BetIds, string Reason, DateTimeOffset At) : IBetEvent
{
    public ImmutableArray<BetChange> Changes() => [.. BetIds.Select(id => (BetChange)new BetMovedChange(id, ToFixtureId, Reason, At))];
}

/// <summary>
/// The fixture resolver's answer to <see cref="Matches.Resolution.RelocateFixture"/>: fixture
/// <paramref name="FixtureId"/>'s match is <paramref name="ToFixtureId"/>. Sent through the fixture region, and again
/// whenever the fixture asks again, so a lost answer costs one more poll.
/// </summary>
public sealed record FixtureRelocated(long FixtureId, long ToFixtureId) : IFixtureCommand;

/// <summary>One tracked bet: written before <see cref="BetsTrackedTogether"/>, still replayed.</summary>
public sealed record BetTracked(long FixtureId, Bet Bet) : IBetEvent
{
    public ImmutableArray<BetChange> Changes() => [new BetTrackedChange(Bet)];
}

/// <summary>A bet's first decision: written before <see cref="RoundSettled"/>, still replayed.</summary>
public sealed record BetSettled(long FixtureId, Settlement Settlement) : IBetEvent
{
    public ImmutableArray<BetChange> Changes() => [new SettlementChange(Settlement, Resettled: false)];
}

/// <summary>
/// A changed decision (<see cref="Settlement.ResettledFrom"/> names the one it replaces): written before
/// <see cref="RoundSettled"/>, still replayed.
/// </summary>
public sealed record BetResettled(long FixtureId, Settlement Settlement) : IBetEvent
{
    public ImmutableArray<BetChange> Changes() => [new SettlementChange(Settlement, Resettled: true)];
}

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

/// <summary>
/// Stops a fixture when it passivates and when a rebalance hands its shard off. A command, unlike
/// <see cref="PoisonPill"/>: a persistent actor stashes it while a write is in flight, so the write's handlers (replies,
/// hand-overs) run before the fixture stops.
/// </summary>
public sealed class StopFixture : INoSerializationVerificationNeeded
{
    public static readonly StopFixture Instance = new();

    private StopFixture()
    {
    }
}

/// <summary>Grade against these match details; the grader answers with a <see cref="Graded"/> for the same round.</summary>
internal sealed record GradeRound(long Round, MatchDetails Match, DateTimeOffset Now) : INoSerializationVerificationNeeded;

/// <summary>A grader's answer to a round: its settlement (the fixture's state judges whether it is new), null when grading failed.</summary>
internal sealed record Graded(long Round, string BetId, Settlement? Settlement) : INoSerializationVerificationNeeded;

// ---- odds (from the odds feed; see FixtureOdds for why the book is not persisted) ----

/// <summary>
/// Ticks of the odds provider's event <paramref name="OddsEventId"/> for this fixture, in the order the feed received
/// them. <paramref name="Kickoff"/> is the provider's, used for the closing line until the fixture knows FotMob's.
/// </summary>
public sealed record ApplyOdds(long FixtureId, string OddsEventId, DateTimeOffset Kickoff, ImmutableArray<OddsTick> Ticks) : IFixtureCommand;

/// <summary>Answered with a <see cref="FixtureOddsView"/>.</summary>
public sealed record GetFixtureOdds(long FixtureId) : IFixtureCommand;

/// <summary>The fixture's book now: prices on offer, drops (oldest first), live value bets, and its bets' closing lines.</summary>
public sealed record FixtureOddsView(
    long FixtureId,
    string? OddsEventId,
    DateTimeOffset? Kickoff,
    ImmutableArray<BookQuote> Quotes,
    ImmutableArray<PriceDrop> Drops,
    ImmutableArray<ValueBet> ValueBets,
    ImmutableArray<ClosingLine> ClosingLines) : IWithFixtureId, IPropprMessage;

/// <summary>
/// What one <see cref="ApplyOdds"/> brought that a watcher wants to see: the drops it caused and the value bets that
/// appeared (or changed price), taken at <see cref="At"/> (market time: when the value bets were found). Published
/// cluster-wide on <see cref="OddsSignals.Topic"/>; not journaled, kept by the odds history.
/// </summary>
public sealed record FixtureOddsSignal(long FixtureId, ImmutableArray<PriceDrop> Drops, ImmutableArray<ValueBet> ValueBets, DateTimeOffset At)
    : IWithFixtureId, IPropprMessage;

/// <summary>One bet's closing line: written before <see cref="ClosingLinesFixed"/>, still replayed.</summary>
public sealed record BetClosingLine(long FixtureId, ClosingLine Line) : IBetEvent
{
    public ImmutableArray<BetChange> Changes() => [new ClosingLineChange(Line)];
}

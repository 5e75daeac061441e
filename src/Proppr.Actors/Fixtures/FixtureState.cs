using System.Collections.Immutable;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// Everything a fixture remembers, rebuilt from its journal. Decides which events a command or a grader's decision
/// produces (<c>Track</c>, <c>Decide</c>) and changes only through <see cref="Apply"/>, so replaying the journal gives
/// the same state. Exactly-once lives here: a decision equal to the bet's latest settlement produces nothing.
/// </summary>
public sealed class FixtureState
{
    private readonly Dictionary<string, TrackedBet> _bets = new(StringComparer.Ordinal);

    public FixtureState(long fixtureId) => FixtureId = fixtureId;

    public long FixtureId { get; }
    public MatchStatus? Status { get; private set; }
    public MatchTime? Clock { get; private set; }
    public Score Score { get; private set; } = Score.Nil;
    public string? Home { get; private set; }
    public string? Away { get; private set; }
    public DateTimeOffset? Kickoff { get; private set; }

    /// <summary>When full time (or the call-off) was first seen: the base of the correction checks.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public int CorrectionChecksDone { get; private set; }

    /// <summary>The fixture this one's bets went to when its match id stopped answering; null while it answers.</summary>
    public long? MovedTo { get; private set; }

    public IReadOnlyCollection<TrackedBet> Bets => _bets.Values;

    public int BetCount => _bets.Count;

    public TrackedBet? Find(string betId) => _bets.GetValueOrDefault(betId);

    public bool AllBetsDecided => _bets.Values.All(b => b.IsDecided);

    /// <summary>Whether Proppr grades the bet: not one that came already settled (<see cref="Bet.PriorSettlement"/>).</summary>
    public static bool Grades(Bet bet) => bet.PriorSettlement is null;

    /// <summary>
    /// What tracking the bets of one request means: an outcome for each, in order, and the bets to write
    /// (<paramref name="accepted"/>). A bet repeated within the request is judged against its first copy by the same
    /// rule as against a tracked bet.
    /// </summary>
    public ImmutableArray<TrackOutcome> Track(IReadOnlyList<Bet> bets, out List<Bet> accepted)
    {
        accepted = [];
        var outcomes = ImmutableArray.CreateBuilder<TrackOutcome>(bets.Count);
        var inThisRequest = new Dictionary<string, Bet>(StringComparer.Ordinal);
        foreach (var bet in bets)
        {
            if (inThisRequest.TryGetValue(bet.BetId, out var earlier))
            {
                outcomes.Add(Repeat(earlier, bet));
                continue;
            }
            outcomes.Add(Track(bet, out var toWrite));
            if (toWrite is not null)
            {
                accepted.Add(toWrite);
                inThisRequest[bet.BetId] = bet;
            }
        }
        return outcomes.MoveToImmutable();
    }

    /// <summary>What tracking this bet means: a bet to write (<paramref name="accepted"/>), an acknowledged duplicate, or a rejection.</summary>
    public TrackOutcome Track(Bet bet, out Bet? accepted)
    {
        accepted = null;
        if (_bets.TryGetValue(bet.BetId, out var existing))
        {
            return Repeat(existing.Bet, bet);
        }
        if (bet.FixtureId is { } fixtureId && fixtureId != FixtureId)
        {
            return new TrackOutcome(bet.BetId, TrackStatus.Rejected, SettlementReasons.FixtureMismatch);
        }
        if (BetValidator.Validate(bet) is { } reason)
        {
            return new TrackOutcome(bet.BetId, TrackStatus.Rejected, reason);
        }
        accepted = bet with { FixtureId = FixtureId };
        return new TrackOutcome(bet.BetId, TrackStatus.Accepted);
    }

    /// <summary>
    /// The settlement a grader's decision makes the round write: the first decision settles (naming nothing), a
    /// different one re-settles naming the one it replaces, the same one (or a still-pending bet) writes nothing.
    /// </summary>
    public Settlement? Decide(Settlement decision)
    {
        if (!_bets.TryGetValue(decision.BetId, out var bet) || !bet.IsGradedHere)
        {
            return null;
        }
        if (bet.Latest is null)
        {
            return decision.Status == SettlementStatus.Pending ? null : decision with { ResettledFrom = null };
        }
        if (bet.Latest.SameDecisionAs(decision) || OnlyLostTheData(bet.Latest, decision))
        {
            return null;
        }
        return decision with { ResettledFrom = bet.Latest };
    }

    /// <summary>
    /// A refund because the data can no longer tell (extra time blurs a stat the provider does not split) does not
    /// undo a result the data told earlier, such as an OVER passed in regulation time.
    /// </summary>
    private static bool OnlyLostTheData(Settlement latest, Settlement decision) =>
        latest.Status is not (SettlementStatus.Pending or SettlementStatus.Refund) &&
        decision.Reason is SettlementReasons.RegulationStatUnavailable or SettlementReasons.PeriodStatUnavailable or SettlementReasons.StatUnavailable;

    public void Apply(IFixtureEvent @event)
    {
        switch (@event)
        {
            case IBetEvent e:
                foreach (var change in e.Changes())
                {
                    Apply(change);
                }
                break;
            case MatchStateChanged e:
                ApplyMatchState(e);
                break;
            case CorrectionCheckCompleted e:
                CorrectionChecksDone = Math.Max(CorrectionChecksDone, e.Check);
                break;
            default:
                throw new ArgumentException($"not a fixture event: {@event.GetType().Name}", nameof(@event));
        }
    }

    private void Apply(BetChange change)
    {
        switch (change)
        {
            case BetTrackedChange tracked:
                _bets[tracked.BetId] = new TrackedBet(tracked.Bet, null);
                break;
            case SettlementChange settled when _bets.TryGetValue(settled.BetId, out var bet):
                _bets[settled.BetId] = bet with { Latest = settled.Settlement };
                break;
            case BetMovedChange moved when _bets.TryGetValue(moved.BetId, out var bet):
                _bets[moved.BetId] = bet with { MovedTo = moved.ToFixtureId };
                MovedTo = moved.ToFixtureId;
                break;
            case ClosingLineChange closing when _bets.TryGetValue(closing.BetId, out var bet) && bet.Closing is null:
                _bets[closing.BetId] = bet with { Closing = closing.Line };
                break;
        }
    }

    private void ApplyMatchState(MatchStateChanged e)
    {
        Status = e.Status;
        Clock = e.Clock;
        Score = e.Score;
        Home = e.Home ?? Home;
        Away = e.Away ?? Away;
        Kickoff = e.Kickoff ?? Kickoff;
        // A postponed match may still be played, so only a final whistle or a call-off ends it.
        if (e.Status is MatchStatus.Finished or MatchStatus.Cancelled or MatchStatus.Abandoned)
        {
            EndedAt ??= e.At;
        }
    }

    public FixtureSnapshot ToSnapshot() =>
        new(FixtureId, Status, Clock, Score, Home, Away, Kickoff, EndedAt, CorrectionChecksDone, [.. _bets.Values], MovedTo);

    public static FixtureState FromSnapshot(FixtureSnapshot snapshot)
    {
        var state = new FixtureState(snapshot.FixtureId)
        {
            Status = snapshot.Status,
            Clock = snapshot.Clock,
            Score = snapshot.Score,
            Home = snapshot.Home,
            Away = snapshot.Away,
            Kickoff = snapshot.Kickoff,
            EndedAt = snapshot.EndedAt,
            CorrectionChecksDone = snapshot.CorrectionChecksDone,
            MovedTo = snapshot.MovedTo,
        };
        foreach (var bet in snapshot.Bets)
        {
            state._bets[bet.Bet.BetId] = bet;
        }
        return state;
    }

    /// <summary>
    /// What to ask the resolver when this fixture's id stopped answering: the teams and kickoff to search with (the
    /// match's own once seen, else those a bet was sent with; none when neither is known) and its bets' odds ids.
    /// </summary>
    public RelocateFixture Relocation()
    {
        var key = FixtureRelocation.KeyOf(FixtureId);
        var named = _bets.Values.Select(bet => bet.Bet).FirstOrDefault(bet => bet is { HomeTeam: not null, AwayTeam: not null, Kickoff: not null });
        FixtureQuery? query = (Home, Away, Kickoff) is ({ } home, { } away, { } kickoff)
            ? new FixtureQuery(key, home, away, kickoff)
            : named is not null ? new FixtureQuery(key, named.HomeTeam!, named.AwayTeam!, named.Kickoff!.Value) : null;
        return new RelocateFixture(FixtureId, query, [.. _bets.Values.Select(bet => bet.Bet.OddsEventId).OfType<string>().Distinct()]);
    }

    /// <summary>The bets still open here: what a move takes to the fixture that has the match.</summary>
    public ImmutableArray<string> OpenBetIds() => [.. _bets.Values.Where(bet => !bet.IsDecided).Select(bet => bet.Bet.BetId)];

    /// <summary>The bets moved to <see cref="MovedTo"/>, as that fixture tracks them.</summary>
    public ImmutableArray<Bet> MovedBets() =>
        MovedTo is { } to ? [.. _bets.Values.Where(bet => bet.MovedTo == to).Select(bet => bet.Bet with { FixtureId = to })] : [];

    /// <summary>A bet id seen before: the same bet is an acknowledged duplicate, other content under the id is refused.</summary>
    private static TrackOutcome Repeat(Bet earlier, Bet bet) =>
        SameContent(earlier, bet)
            ? new TrackOutcome(bet.BetId, TrackStatus.Duplicate)
            : new TrackOutcome(bet.BetId, TrackStatus.Rejected, SettlementReasons.DuplicateBetId);

    /// <summary>Same bet: every field of the contract equal (the score the fixture stored at placement aside).</summary>
    private static bool SameContent(Bet tracked, Bet incoming) =>
        tracked with { ScoreAtPlacement = null, FixtureId = null } == incoming with { ScoreAtPlacement = null, FixtureId = null };
}

using Proppr.Actors.Betting;
using Proppr.Actors.Matches;

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

    public IReadOnlyCollection<TrackedBet> Bets => _bets.Values;

    public int BetCount => _bets.Count;

    public TrackedBet? Find(string betId) => _bets.GetValueOrDefault(betId);

    public bool AllBetsDecided => _bets.Values.All(b => b.IsDecided);

    /// <summary>What tracking this bet means: a new event, an acknowledged duplicate, or a rejection.</summary>
    public TrackOutcome Track(Bet bet, out BetTracked? tracked)
    {
        tracked = null;
        if (_bets.TryGetValue(bet.BetId, out var existing))
        {
            return SameContent(existing.Bet, bet)
                ? new TrackOutcome(bet.BetId, TrackStatus.Duplicate)
                : new TrackOutcome(bet.BetId, TrackStatus.Rejected, "duplicate_bet_id");
        }
        if (bet.FixtureId is { } fixtureId && fixtureId != FixtureId)
        {
            return new TrackOutcome(bet.BetId, TrackStatus.Rejected, "fixture_mismatch");
        }
        if (BetValidator.Validate(bet) is { } reason)
        {
            return new TrackOutcome(bet.BetId, TrackStatus.Rejected, reason);
        }
        tracked = new BetTracked(FixtureId, bet with { FixtureId = FixtureId });
        return new TrackOutcome(bet.BetId, TrackStatus.Accepted);
    }

    /// <summary>
    /// The event a grader's decision produces: the first decision settles, a different one re-settles naming the
    /// one it replaces, the same one (or a still-pending bet) produces nothing.
    /// </summary>
    public IFixtureEvent? Decide(Settlement decision)
    {
        if (!_bets.TryGetValue(decision.BetId, out var bet))
        {
            return null;
        }
        if (bet.Latest is null)
        {
            return decision.Status == SettlementStatus.Pending ? null : new BetSettled(FixtureId, decision);
        }
        if (bet.Latest.SameDecisionAs(decision) || OnlyLostTheData(bet.Latest, decision))
        {
            return null;
        }
        return new BetResettled(FixtureId, decision with { ResettledFrom = bet.Latest });
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
            case BetTracked e:
                _bets[e.Bet.BetId] = new TrackedBet(e.Bet, null);
                break;
            case BetSettled e:
                SetLatest(e.Settlement);
                break;
            case BetResettled e:
                SetLatest(e.Settlement);
                break;
            case MatchStateChanged e:
                ApplyMatchState(e);
                break;
            case CorrectionCheckCompleted e:
                CorrectionChecksDone = Math.Max(CorrectionChecksDone, e.Check);
                break;
            case BetClosingLine e:
                if (_bets.TryGetValue(e.Line.BetId, out var bet) && bet.Closing is null)
                {
                    _bets[e.Line.BetId] = bet with { Closing = e.Line };
                }
                break;
            default:
                throw new ArgumentException($"not a fixture event: {@event.GetType().Name}", nameof(@event));
        }
    }

    private void SetLatest(Settlement settlement)
    {
        if (_bets.TryGetValue(settlement.BetId, out var bet))
        {
            _bets[settlement.BetId] = bet with { Latest = settlement };
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
        new(FixtureId, Status, Clock, Score, Home, Away, Kickoff, EndedAt, CorrectionChecksDone, [.. _bets.Values]);

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
        };
        foreach (var bet in snapshot.Bets)
        {
            state._bets[bet.Bet.BetId] = bet;
        }
        return state;
    }

    /// <summary>Same bet: every field of the contract equal (the score the fixture stored at placement aside).</summary>
    private static bool SameContent(Bet tracked, Bet incoming) =>
        tracked with { ScoreAtPlacement = null, FixtureId = null } == incoming with { ScoreAtPlacement = null, FixtureId = null };
}

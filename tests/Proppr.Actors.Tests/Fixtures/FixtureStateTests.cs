using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.Resolution;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

public sealed class FixtureStateTests
{
    private static readonly DateTimeOffset At = new(2025, 1, 5, 19, 30, 0, TimeSpan.Zero);

    private static FixtureState Tracking(params Bet[] bets)
    {
        var state = new FixtureState(FixtureId);
        foreach (var bet in bets)
        {
            state.Track(bet, out var accepted).Status.Should().Be(TrackStatus.Accepted);
            state.Apply(new BetsTrackedTogether(FixtureId, [accepted!]));
        }
        return state;
    }

    private static RoundSettled Round(params Settlement[] settlements) => new(FixtureId, [.. settlements]);

    private static Settlement Decision(Bet bet, SettlementStatus status, decimal returns, decimal? value = null, string? reason = null) => new()
    {
        BetId = bet.BetId, Status = status, Returns = returns, ProfitLoss = returns - bet.Stake, ActualValue = value,
        Reason = reason, SettledAt = At, FixtureState = MatchStatus.Finished,
    };

    [Fact]
    public void The_same_bet_again_is_an_acknowledged_duplicate_and_other_content_under_its_id_is_rejected()
    {
        var state = Tracking(OverTwoAndAHalfGoals);

        state.Track(OverTwoAndAHalfGoals, out var again).Should().Be(new TrackOutcome(OverTwoAndAHalfGoals.BetId, TrackStatus.Duplicate));
        state.Track(OverTwoAndAHalfGoals with { Stake = 99m }, out var changed)
            .Should().Be(new TrackOutcome(OverTwoAndAHalfGoals.BetId, TrackStatus.Rejected, "duplicate_bet_id"));
        again.Should().BeNull();
        changed.Should().BeNull();
    }

    [Fact]
    public void A_bet_repeated_within_one_request_is_judged_by_the_same_rule_as_a_tracked_one()
    {
        var state = new FixtureState(FixtureId);

        var outcomes = state.Track([OverTwoAndAHalfGoals, OverTwoAndAHalfGoals with { FixtureId = null }, OverTwoAndAHalfGoals with { Stake = 99m }], out var accepted);

        outcomes.Select(outcome => outcome.Status).Should().Equal(TrackStatus.Accepted, TrackStatus.Duplicate, TrackStatus.Rejected);
        outcomes[2].Reason.Should().Be(SettlementReasons.DuplicateBetId);
        accepted.Should().ContainSingle().Which.BetId.Should().Be(OverTwoAndAHalfGoals.BetId);
    }

    [Fact]
    public void A_bet_for_another_fixture_or_with_invalid_odds_is_rejected_with_its_reason()
    {
        var state = new FixtureState(FixtureId);

        state.Track(OverTwoAndAHalfGoals with { FixtureId = 1 }, out _).Reason.Should().Be("fixture_mismatch");
        state.Track(OverTwoAndAHalfGoals with { Odds = 0.9m }, out _).Reason.Should().Be("invalid_odds");
        state.BetCount.Should().Be(0);
    }

    [Fact]
    public void A_bet_that_came_settled_is_tracked_with_that_settlement_and_no_decision_changes_it()
    {
        var prior = PriorSettlements.For(OverTwoAndAHalfGoals, SettlementStatus.HalfWon, 2m, null, At);
        var imported = OverTwoAndAHalfGoals with { PriorSettlement = prior };
        var state = Tracking(imported);

        new BetsTrackedTogether(FixtureId, [imported]).Changes().Should().Equal(new BetTrackedChange(imported), new SettlementChange(prior, false));
        state.Find(imported.BetId)!.Latest.Should().Be(prior);
        state.AllBetsDecided.Should().BeTrue();
        FixtureState.Grades(imported).Should().BeFalse();
        state.Decide(Decision(imported, SettlementStatus.Lost, 0m, 1)).Should().BeNull("Proppr does not grade a bet settled before it came");
        prior.Returns.Should().Be(OverTwoAndAHalfGoals.Stake / 2 * OverTwoAndAHalfGoals.Odds + OverTwoAndAHalfGoals.Stake / 2);
    }

    [Fact]
    public void Open_bets_move_and_are_then_decided_elsewhere_while_settled_ones_stay_and_nothing_here_decides_them()
    {
        var settled = OverTwoAndAHalfGoals with { BetId = "settled-here" };
        var state = Tracking(OverTwoAndAHalfGoals, settled);
        state.Apply(Round(Decision(settled, SettlementStatus.Won, 19m, 3m)));

        var open = state.OpenBetIds();
        open.Should().Equal(OverTwoAndAHalfGoals.BetId);
        state.Apply(new BetsMoved(FixtureId, 4193490, open, MoveReasons.NotFound, At));

        state.MovedTo.Should().Be(4193490);
        state.MovedBets().Should().Equal(OverTwoAndAHalfGoals with { FixtureId = 4193490 });
        state.OpenBetIds().Should().BeEmpty();
        state.AllBetsDecided.Should().BeTrue("a moved bet is decided by the fixture it went to");
        state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Lost, 0m)).Should().BeNull();
        state.Find(settled.BetId)!.MovedTo.Should().BeNull();
        FixtureState.FromSnapshot(state.ToSnapshot()).ToSnapshot().Should().BeEquivalentTo(state.ToSnapshot());
        FixtureState.FromSnapshot(state.ToSnapshot()).MovedTo.Should().Be(4193490);
    }

    [Fact]
    public void A_relocation_searches_by_the_match_s_own_teams_once_seen_else_by_a_bet_s_and_names_the_odds_ids()
    {
        var named = OverTwoAndAHalfGoals with { HomeTeam = "Liverpool", AwayTeam = "Man Utd", Kickoff = At, OddsEventId = "ev-1" };
        var bare = OverTwoAndAHalfGoals with { BetId = "bare", HomeTeam = null, AwayTeam = null, Kickoff = null, OddsEventId = null };

        new FixtureState(FixtureId).Relocation().Should().BeEquivalentTo(new RelocateFixture(FixtureId, null, []));
        var state = Tracking(bare, named);
        state.Relocation().Should().BeEquivalentTo(
            new RelocateFixture(FixtureId, new FixtureQuery($"fotmob:{FixtureId}", "Liverpool", "Man Utd", At), ["ev-1"]));
        state.Apply(new MatchStateChanged(FixtureId, MatchStatus.NotStarted, null, Score.Nil, "Liverpool FC", "Manchester United", At.AddHours(1), At));
        state.Relocation().Query.Should().Be(new FixtureQuery($"fotmob:{FixtureId}", "Liverpool FC", "Manchester United", At.AddHours(1)));
    }

    [Fact]
    public void A_pending_decision_writes_nothing_and_the_first_real_one_settles()
    {
        var state = Tracking(OverTwoAndAHalfGoals);

        state.Decide(Settlement.Pending(OverTwoAndAHalfGoals.BetId)).Should().BeNull();
        state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Won, 19m, 3) with { ResettledFrom = Settlement.Pending(OverTwoAndAHalfGoals.BetId) })
            .Should().Match<Settlement>(first => first.Status == SettlementStatus.Won && first.ResettledFrom == null, "a first decision names nothing");
    }

    [Fact]
    public void Deciding_again_on_the_same_facts_is_a_no_op_even_when_the_stat_has_grown_since()
    {
        var state = Tracking(OverTwoAndAHalfGoals);
        state.Apply(Round(state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Won, 19m, 3))!));

        state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Won, 19m, 3)).Should().BeNull();
        state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Won, 19m, 4)).Should().BeNull();
    }

    [Fact]
    public void A_changed_decision_is_a_resettlement_naming_the_settlement_it_replaces()
    {
        var state = Tracking(OverFifteenAndAHalfCorners);
        var lost = Decision(OverFifteenAndAHalfCorners, SettlementStatus.Lost, 0m, 15);
        state.Apply(Round(state.Decide(lost)!));

        var resettled = state.Decide(Decision(OverFifteenAndAHalfCorners, SettlementStatus.Won, 20m, 16))!;

        resettled.ResettledFrom.Should().Be(lost);
        state.Apply(Round(resettled));
        state.Find(OverFifteenAndAHalfCorners.BetId)!.Latest!.Status.Should().Be(SettlementStatus.Won);
    }

    [Fact]
    public void A_refund_because_the_data_can_no_longer_tell_does_not_undo_an_earlier_result()
    {
        var state = Tracking(OverTwoAndAHalfGoals);
        state.Apply(Round(state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Won, 19m, 3))!));

        state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Refund, 10m, reason: SettlementReasons.RegulationStatUnavailable))
            .Should().BeNull();
    }

    [Fact]
    public void A_snapshot_restores_exactly_the_state_that_the_events_built()
    {
        var state = Tracking(OverTwoAndAHalfGoals, CasemiroFouls);
        state.Apply(new MatchStateChanged(FixtureId, MatchStatus.Finished, null, new Score(2, 2), "Liverpool", "Manchester United", At.AddHours(-2), At));
        state.Apply(Round(state.Decide(Decision(OverTwoAndAHalfGoals, SettlementStatus.Won, 19m, 3))!));
        state.Apply(new CorrectionCheckCompleted(FixtureId, 1, At.AddMinutes(30)));

        var restored = FixtureState.FromSnapshot(state.ToSnapshot());

        restored.ToSnapshot().Should().BeEquivalentTo(state.ToSnapshot());
        restored.EndedAt.Should().Be(At);
        restored.AllBetsDecided.Should().BeFalse();
    }

    [Fact]
    public void A_postponed_match_has_not_ended_but_a_cancelled_one_has()
    {
        var postponed = new FixtureState(FixtureId);
        postponed.Apply(new MatchStateChanged(FixtureId, MatchStatus.Postponed, null, Score.Nil, null, null, At, At));
        var cancelled = new FixtureState(FixtureId);
        cancelled.Apply(new MatchStateChanged(FixtureId, MatchStatus.Cancelled, null, Score.Nil, null, null, At, At));

        postponed.EndedAt.Should().BeNull();
        cancelled.EndedAt.Should().Be(At);
    }
}

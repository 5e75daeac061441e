using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.Actors.RateLimiting;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

public sealed class PollScheduleTests
{
    private static readonly DateTimeOffset Kickoff = new(2025, 1, 5, 16, 30, 0, TimeSpan.Zero);
    private static readonly FixtureSettings Settings = FixtureSettings.Default;

    private static FixtureState InState(MatchStatus status, DateTimeOffset at, params Bet[] bets)
    {
        var state = new FixtureState(FixtureId);
        foreach (var bet in bets)
        {
            state.Track(bet, out var accepted);
            state.Apply(new BetsTrackedTogether(FixtureId, [accepted!]));
        }
        state.Apply(new MatchStateChanged(FixtureId, status, null, Score.Nil, "Liverpool", "Manchester United", Kickoff, at));
        return state;
    }

    [Fact]
    public void A_fixture_that_knows_nothing_yet_polls_at_once()
    {
        PollSchedule.Next(new FixtureState(FixtureId), Kickoff, Settings, decidable: true).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Before_kickoff_it_waits_for_the_lineups_but_never_longer_than_the_pre_match_interval()
    {
        var state = InState(MatchStatus.NotStarted, Kickoff.AddDays(-1), OverTwoAndAHalfGoals);

        PollSchedule.Next(state, Kickoff.AddDays(-1), Settings, decidable: true).Should().Be(TimeSpan.FromHours(3));
        PollSchedule.Next(state, Kickoff.AddHours(-2), Settings, decidable: true).Should().Be(TimeSpan.FromMinutes(45));
        PollSchedule.Next(state, Kickoff.AddMinutes(-30), Settings, decidable: true).Should().Be(Settings.LiveInterval);
    }

    [Fact]
    public void In_play_while_the_next_event_could_decide_a_bet_it_polls_every_live_interval_with_live_priority()
    {
        var state = InState(MatchStatus.Live, Kickoff.AddMinutes(10), OverTwoAndAHalfGoals);

        PollSchedule.Next(state, Kickoff.AddMinutes(10), Settings, decidable: true).Should().Be(Settings.LiveInterval);
        PollSchedule.Priority(state, Kickoff.AddMinutes(10), Settings, decidable: true).Should().Be(PermitPriority.Live);
        PollSchedule.Priority(InState(MatchStatus.NotStarted, Kickoff.AddDays(-1), OverTwoAndAHalfGoals), Kickoff.AddDays(-1), Settings, decidable: true)
            .Should().Be(PermitPriority.Normal);
    }

    [Fact]
    public void Without_bets_it_looks_at_the_pre_match_interval_at_most_before_kickoff_and_in_play_with_normal_priority()
    {
        var notStarted = InState(MatchStatus.NotStarted, Kickoff.AddDays(-1));
        var live = InState(MatchStatus.Live, Kickoff.AddMinutes(10));

        PollSchedule.Next(notStarted, Kickoff.AddDays(-1), Settings, decidable: true).Should().Be(TimeSpan.FromHours(3));
        PollSchedule.Next(notStarted, Kickoff.AddHours(-2), Settings, decidable: true).Should().Be(TimeSpan.FromMinutes(45), "the lineups, for the stats");
        PollSchedule.Next(notStarted, Kickoff.AddMinutes(-30), Settings, decidable: true).Should().Be(TimeSpan.FromHours(3));
        PollSchedule.Next(live, Kickoff.AddMinutes(10), Settings, decidable: true).Should().Be(TimeSpan.FromHours(3));
        PollSchedule.Priority(live, Kickoff.AddMinutes(10), Settings, decidable: true).Should().Be(PermitPriority.Normal);
        PollSchedule.AfterFailure(live, 9, null, Settings).Should().Be(TimeSpan.FromSeconds(30 << 8), "capped by the slow interval, not the live one");
    }

    [Fact]
    public void In_play_with_nothing_the_next_event_could_decide_it_polls_every_quiet_interval_with_normal_priority()
    {
        // Full time starts the correction checks, and a goal ruled out changes a decision: looked for, less often.
        var decided = InState(MatchStatus.Live, Kickoff.AddMinutes(75), OverTwoAndAHalfGoals);
        decided.Apply(new BetSettled(FixtureId, new Settlement { BetId = OverTwoAndAHalfGoals.BetId, Status = SettlementStatus.Won, Returns = 19m, ProfitLoss = 9m }));

        PollSchedule.Next(decided, Kickoff.AddMinutes(75), Settings, decidable: false).Should().Be(Settings.QuietInterval);
        PollSchedule.Priority(decided, Kickoff.AddMinutes(75), Settings, decidable: false).Should().Be(PermitPriority.Normal);
        Settings.QuietInterval.Should().BeGreaterThan(Settings.LiveInterval);
    }

    [Fact]
    public void After_full_time_it_checks_for_corrections_at_thirty_minutes_and_two_hours_then_stops()
    {
        var fullTime = Kickoff.AddMinutes(115);
        var state = InState(MatchStatus.Finished, fullTime, OverTwoAndAHalfGoals);
        state.Apply(new RoundSettled(FixtureId, [new Settlement { BetId = OverTwoAndAHalfGoals.BetId, Status = SettlementStatus.Won, Returns = 19m, ProfitLoss = 9m }]));

        PollSchedule.Next(state, fullTime, Settings, decidable: true).Should().Be(TimeSpan.FromMinutes(30));
        PollSchedule.DueCorrectionCheck(state, fullTime.AddMinutes(29), Settings).Should().BeNull();
        PollSchedule.DueCorrectionCheck(state, fullTime.AddMinutes(30), Settings).Should().Be(1);
        state.Apply(new CorrectionCheckCompleted(FixtureId, 1, fullTime.AddMinutes(30)));
        PollSchedule.Next(state, fullTime.AddMinutes(30), Settings, decidable: true).Should().Be(TimeSpan.FromMinutes(90));
        state.Apply(new CorrectionCheckCompleted(FixtureId, 2, fullTime.AddHours(2)));
        PollSchedule.Next(state, fullTime.AddHours(2), Settings, decidable: true).Should().BeNull("every bet is final and the last check is done");
    }

    [Fact]
    public void Open_bets_keep_a_finished_or_postponed_fixture_polling_slowly()
    {
        var finished = InState(MatchStatus.Finished, Kickoff.AddHours(2), OverTwoAndAHalfGoals);
        finished.Apply(new CorrectionCheckCompleted(FixtureId, 2, Kickoff.AddHours(4)));
        var postponed = InState(MatchStatus.Postponed, Kickoff, OverTwoAndAHalfGoals);

        PollSchedule.Next(finished, Kickoff.AddHours(4), Settings, decidable: true).Should().Be(TimeSpan.FromHours(6));
        PollSchedule.Next(postponed, Kickoff, Settings, decidable: true).Should().Be(TimeSpan.FromHours(6));
    }

    [Fact]
    public void A_postponed_match_is_looked_at_again_when_its_window_runs_out()
    {
        var postponed = InState(MatchStatus.Postponed, Kickoff, OverTwoAndAHalfGoals);
        var window = Settings.Policy.PostponementWindow;

        PollSchedule.Next(postponed, Kickoff + window - TimeSpan.FromHours(1), Settings, decidable: true).Should().Be(TimeSpan.FromHours(1));
        PollSchedule.Next(postponed, Kickoff + window + TimeSpan.FromHours(1), Settings, decidable: true).Should().Be(Settings.SlowInterval);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(5, 300)]
    [InlineData(9, 300)]
    public void Failed_live_fetches_back_off_doubling_up_to_the_live_interval(int failures, int seconds)
    {
        PollSchedule.AfterFailure(InState(MatchStatus.Live, Kickoff, OverTwoAndAHalfGoals), failures, null, Settings).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void The_providers_own_retry_after_wins()
    {
        PollSchedule.AfterFailure(InState(MatchStatus.Live, Kickoff), 1, TimeSpan.FromMinutes(4), Settings).Should().Be(TimeSpan.FromMinutes(4));
    }
}

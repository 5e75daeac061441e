using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting;

/// <summary>Which open bets the next event of a match in play could decide: what FotMob's budget is spent on.</summary>
public sealed class NextEventTests
{
    private static bool CouldDecide(Bet bet, MatchBuilder match) => NextEvent.CouldDecide(bet, match.Build(), SettlementPolicy.Default);

    [Fact]
    public void An_over_one_short_of_its_line_could_be_decided_and_one_two_short_could_not()
    {
        var oneGoal = new MatchBuilder().Live(30).Goal(Side.Home, 10);

        CouldDecide(Team(Market.Goals, Selection.Over, 1.5m), oneGoal).Should().BeTrue();
        CouldDecide(Team(Market.Goals, Selection.Over, 2.5m), oneGoal).Should().BeFalse();
    }

    [Fact]
    public void Events_the_odds_told_of_and_the_data_does_not_show_yet_count_before_the_next()
    {
        var oneGoal = new MatchBuilder().Live(30).Goal(Side.Home, 10).Build();
        var twoShort = Team(Market.Goals, Selection.Over, 2.5m);

        NextEvent.CouldDecide(twoShort, oneGoal, SettlementPolicy.Default, unseen: 1).Should().BeTrue();
        NextEvent.CouldDecide(Team(Market.BothTeamsToScore, Selection.Yes), new MatchBuilder().Live(30).Build(), SettlementPolicy.Default, unseen: 1)
            .Should().BeTrue("at 0-0 an unseen goal leaves one side on nil with the other scored");
        NextEvent.CouldDecide(Team(Market.BothTeamsToScore, Selection.Yes), new MatchBuilder().Live(30).Build(), SettlementPolicy.Default)
            .Should().BeFalse();
    }

    [Fact]
    public void An_under_at_its_line_could_be_lost_by_the_next_event()
    {
        var threeCorners = new MatchBuilder().Live(30).TeamStat(Stat.Corners, 2, 1);

        CouldDecide(Team(Market.Corners, Selection.Under, 3.5m), threeCorners).Should().BeTrue();
        CouldDecide(Team(Market.Corners, Selection.Under, 4.5m), threeCorners).Should().BeFalse();
    }

    [Fact]
    public void A_whole_line_one_short_waits_for_a_second_event_to_be_decided()
    {
        // Over 2 at one goal: a second goal is a push so far, not a decision.
        CouldDecide(Team(Market.Goals, Selection.Over, 2m), new MatchBuilder().Live(30).Goal(Side.Home, 10)).Should().BeFalse();
    }

    [Fact]
    public void A_player_over_counts_his_own_stat()
    {
        var match = new MatchBuilder().Live(30).Starter(Salah, "Mohamed Salah", (Stat.Shots, 0m));

        CouldDecide(Player(Market.Shots, Selection.Over, 0.5m), match).Should().BeTrue();
        CouldDecide(Player(Market.Shots, Selection.Over, 1.5m), match).Should().BeFalse();
    }

    [Fact]
    public void Goalscorers_and_both_teams_to_score_with_one_side_on_nil_could_be_decided_results_and_handicaps_not()
    {
        var oneNil = new MatchBuilder().Live(30).Goal(Side.Home, 10);

        CouldDecide(Player(Market.AnytimeGoalscorer, Selection.Yes), oneNil).Should().BeTrue();
        CouldDecide(Team(Market.BothTeamsToScore, Selection.Yes), oneNil).Should().BeTrue();
        CouldDecide(Team(Market.BothTeamsToScore, Selection.Yes), new MatchBuilder().Live(30)).Should().BeFalse();
        CouldDecide(Team(Market.MatchResult, Selection.Home), oneNil).Should().BeFalse();
        CouldDecide(Team(Market.AsianHandicap, Selection.Home, -0.5m), oneNil).Should().BeFalse();
    }

    [Fact]
    public void Nothing_is_decided_by_the_next_event_before_kickoff_after_full_time_or_after_its_period()
    {
        var over = Team(Market.Goals, Selection.Over, 0.5m);

        CouldDecide(over, new MatchBuilder()).Should().BeFalse();
        CouldDecide(over, new MatchBuilder().FullTime()).Should().BeFalse();
        CouldDecide(Team(Market.Goals, Selection.Over, 0.5m, period: BetPeriod.FirstHalf), new MatchBuilder().Live(60)).Should().BeFalse();
    }

    [Fact]
    public void In_the_last_minutes_of_its_period_the_whistle_could_decide_any_bet_on_it()
    {
        var result = Team(Market.MatchResult, Selection.Home);
        var firstHalfUnder = Team(Market.Corners, Selection.Under, 9.5m, period: BetPeriod.FirstHalf);

        CouldDecide(result, new MatchBuilder().Live(84)).Should().BeFalse();
        CouldDecide(result, new MatchBuilder().Live(85)).Should().BeTrue();
        CouldDecide(result, new MatchBuilder().Live(90, added: 4)).Should().BeTrue();
        CouldDecide(firstHalfUnder, new MatchBuilder().Live(39)).Should().BeFalse();
        CouldDecide(firstHalfUnder, new MatchBuilder().Live(45, added: 1)).Should().BeTrue();
        CouldDecide(firstHalfUnder, new MatchBuilder().Live(86)).Should().BeFalse("its half is over");
    }

    [Fact]
    public void Near_the_whistle_an_event_still_decides_only_what_it_counts_for()
    {
        var late = new MatchBuilder().Live(88).Goal(Side.Home, 10).Build();

        NextEvent.AnEventCouldDecide(Team(Market.MatchResult, Selection.Home), late, SettlementPolicy.Default).Should().BeFalse("the whistle decides it");
        NextEvent.AnEventCouldDecide(Team(Market.Goals, Selection.Over, 1.5m), late, SettlementPolicy.Default).Should().BeTrue();
        NextEvent.AnEventCouldDecide(Team(Market.Goals, Selection.Over, 2.5m), late, SettlementPolicy.Default).Should().BeFalse();
    }
}

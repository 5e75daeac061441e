using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// In-play settlement on real payloads rewound to a minute (<see cref="LivePayloads"/>): a live snapshot decides only
/// what is already certain. Mostly Liverpool 2-2 Man Utd (4506508): 0-0 at half time, goals at 52' (Martinez, away),
/// 59' (Gakpo), 70' (Salah, pen) and 80' (Amad, away); yellow cards at 23' and 54' (away), 64', 73' (away), 77' and
/// 83' (home); 15 corners, 2 + 2 in the first half.
/// </summary>
public class LiveSettlementTests
{
    private const long LiverpoolManUtd = SavedMatches.LiverpoolManUtd2025;
    private const long Gakpo = 806552;
    private const long Martinez = 847983;

    private static readonly RealMatch Match = new(LiverpoolManUtd);

    [Fact]
    public void At_minute_60_every_over_already_passed_is_won()
    {
        var at60 = Match.At(60);

        Team(Market.Goals, Selection.Over, 1.5m).Settle(at60).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.Goals, Selection.Over, 0.5m, BetScope.Home).Settle(at60).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        // Dalot 23' and Amad 54': over 1.25 has passed both its halves (1.0 and 1.5).
        Team(Market.YellowCards, Selection.Over, 1.25m).Settle(at60).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.YellowCards, Selection.Over, 1.5m, BetScope.Away).Settle(at60).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        Team(Market.BothTeamsToScore, Selection.Yes).Settle(at60).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.AnytimeGoalscorer, Selection.Yes, playerId: Gakpo).Settle(at60).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.Goals, Selection.Over, 0.5m, Martinez).Settle(at60).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Team(Market.Goals, Selection.Over, 1.5m).Settle(at60).FixtureState.Should().Be(MatchStatus.Live);
    }

    [Fact]
    public void An_over_is_won_the_minute_its_line_is_passed_and_not_a_minute_before()
    {
        foreach (var (minute, match) in RegulationMinutes.Of(LiverpoolManUtd))
        {
            // The second goal, 59', passes 1.5; the second yellow, 54', passes 1.5 cards.
            Team(Market.Goals, Selection.Over, 1.5m).Settle(match).Status
                .Should().Be(minute >= 59 ? SettlementStatus.Won : SettlementStatus.Pending, $"at {minute}'");
            Team(Market.YellowCards, Selection.Over, 1.5m).Settle(match).Status
                .Should().Be(minute >= 54 ? SettlementStatus.Won : SettlementStatus.Pending, $"at {minute}'");
        }
    }

    /// <summary>Unders that win in the end, in every shape era: match, count, scope, line, final count.</summary>
    public static TheoryData<long, Market, BetScope, decimal, decimal> UndersThatWin => new()
    {
        { LiverpoolManUtd, Market.Goals, BetScope.Match, 4.5m, 4m },
        { LiverpoolManUtd, Market.Corners, BetScope.Match, 15.5m, 15m },
        { LiverpoolManUtd, Market.YellowCards, BetScope.Match, 6.5m, 6m },
        { SavedMatches.BournemouthNewcastle2025, Market.Goals, BetScope.Match, 0.5m, 0m },
        { SavedMatches.BournemouthNewcastle2025, Market.Corners, BetScope.Match, 7.5m, 7m },
        { SavedMatches.LiverpoolManUtd2023, Market.Corners, BetScope.Away, 0.5m, 0m },
        { SavedMatches.ArsenalManUtd2023, Market.Goals, BetScope.Match, 4.5m, 4m },
        { SavedMatches.MallorcaRealMadrid2024, Market.RedCards, BetScope.Home, 0.5m, 0m },
        { SavedMatches.WolvesManCity2020, Market.Goals, BetScope.Match, 4.5m, 4m },
    };

    [Theory]
    [MemberData(nameof(UndersThatWin))]
    public void An_under_is_never_won_before_the_final_whistle(long matchId, Market market, BetScope scope, decimal line, decimal final)
    {
        var under = Team(market, Selection.Under, line, scope).On(matchId);

        foreach (var (minute, match) in RegulationMinutes.Of(matchId))
        {
            under.Settle(match).Status.Should().Be(SettlementStatus.Pending, $"at {minute}' the count can still pass {line}");
        }
        under.Settle(new RealMatch(matchId).FullTime).ShouldBe(SettlementStatus.Won, final, 20m, 10m);
    }

    [Fact]
    public void An_under_passed_is_lost_the_minute_it_is_passed()
    {
        var underOneAndAHalf = Team(Market.Goals, Selection.Under, 1.5m);
        underOneAndAHalf.Settle(Match.At(58)).ShouldBePending();
        underOneAndAHalf.Settle(Match.At(59)).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);

        Team(Market.Goals, Selection.Under, 0.5m, BetScope.Away).Settle(Match.At(52)).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
        Team(Market.YellowCards, Selection.Under, 1.5m).Settle(Match.At(53)).ShouldBePending();
        Team(Market.YellowCards, Selection.Under, 1.5m).Settle(Match.At(54)).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        Player(Market.AnytimeGoalscorer, Selection.Yes, playerId: Gakpo).Settle(Match.At(58)).ShouldBePending();
    }

    [Fact]
    public void A_quarter_under_only_half_lost_so_far_waits_until_it_is_lost_outright()
    {
        // 1.75 is half on 1.5 and half on 2.0: two goals lose the first half and push the second, for now.
        var under = Team(Market.Goals, Selection.Under, 1.75m);

        under.Settle(Match.At(60)).ShouldBePending();
        under.Settle(Match.At(70)).ShouldBe(SettlementStatus.Lost, 3m, 0m, -10m);
    }

    [Fact]
    public void Result_and_handicap_bets_wait_for_the_final_whistle()
    {
        Bet[] bets =
        [
            Team(Market.MatchResult, Selection.Home),
            Team(Market.MatchResult, Selection.Draw),
            Team(Market.MatchResult, Selection.Away),
            Team(Market.AsianHandicap, Selection.Home, -0.25m),
            Team(Market.AsianHandicap, Selection.Away, 0.25m),
            Team(Market.AsianHandicap, Selection.Away, 1.5m),
        ];

        foreach (var (minute, match) in RegulationMinutes.Of(LiverpoolManUtd))
        {
            bets.Select(bet => bet.Settle(match).Status).Should().OnlyContain(status => status == SettlementStatus.Pending, $"at {minute}'");
        }
        var fullTime = Match.FullTime;
        bets[0].Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        bets[1].Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        bets[2].Settle(fullTime).ShouldBe(SettlementStatus.Lost, 0m, 0m, -10m);
        bets[3].Settle(fullTime).ShouldBe(SettlementStatus.HalfLost, 0m, 5m, -5m, "quarter_line");
        bets[4].Settle(fullTime).ShouldBe(SettlementStatus.HalfWon, 0m, 15m, 5m, "quarter_line");
        bets[5].Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    [Fact]
    public void Both_teams_to_score_is_decided_when_the_second_team_scores()
    {
        var no = Team(Market.BothTeamsToScore, Selection.No);

        no.Settle(Match.At(58)).ShouldBePending();
        no.Settle(Match.At(59)).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
    }

    [Fact]
    public void First_half_bets_are_decided_at_half_time_and_not_before()
    {
        Bet[] firstHalf =
        [
            Team(Market.Goals, Selection.Under, 0.5m, period: BetPeriod.FirstHalf),
            Team(Market.MatchResult, Selection.Draw, period: BetPeriod.FirstHalf),
            Team(Market.AsianHandicap, Selection.Home, 0m, period: BetPeriod.FirstHalf),
            Team(Market.Corners, Selection.Under, 4.5m, period: BetPeriod.FirstHalf),
            Team(Market.YellowCards, Selection.Under, 0.5m, BetScope.Home, BetPeriod.FirstHalf),
        ];
        var secondHalf = Team(Market.Goals, Selection.Under, 4.5m, period: BetPeriod.SecondHalf);

        firstHalf.Select(bet => bet.Settle(Match.At(45)).Status).Should().OnlyContain(status => status == SettlementStatus.Pending);
        var halfTime = Match.HalfTime;
        firstHalf[0].Settle(halfTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        firstHalf[1].Settle(halfTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        firstHalf[2].Settle(halfTime).ShouldBe(SettlementStatus.Refund, 0m, 10m, 0m, "push");
        firstHalf[3].Settle(halfTime).ShouldBe(SettlementStatus.Won, 4m, 20m, 10m);
        firstHalf[4].Settle(halfTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        firstHalf[0].Settle(halfTime).FixtureState.Should().Be(MatchStatus.HalfTime);
        secondHalf.Settle(halfTime).ShouldBePending();
    }

    [Fact]
    public void A_first_half_over_passed_before_half_time_is_won_then()
    {
        // Dalot's yellow, 23'.
        var over = Team(Market.YellowCards, Selection.Over, 0.5m, BetScope.Away, BetPeriod.FirstHalf);

        over.Settle(Match.At(23)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        over.Settle(Match.At(22)).ShouldBePending();
    }
}

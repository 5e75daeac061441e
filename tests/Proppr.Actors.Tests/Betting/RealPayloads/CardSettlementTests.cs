using Proppr.Actors.Betting;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// Card markets on real payloads. Mallorca 1-1 Real Madrid (4506747): at 45+3' the Mallorca coach (Arrasate) and
/// Maffeo were booked, and only Maffeo's card is in the team stats (yellow_cards [1, 0]); Mendy was sent off straight
/// at 90+7'. Liverpool 0-0 Man Utd (4193696): Dalot's second booking at 90+4', red_cards [0, 1]. Team counts come
/// from the card events, not FotMob's card rows, which disagree with them in two of the saved matches.
/// </summary>
public class CardSettlementTests
{
    private const long Mallorca = SavedMatches.MallorcaRealMadrid2024;
    private const long Mendy = 623537;
    private const long MallorcaCoach = 477367;
    private const long Dalot = 751550;

    private static readonly RealMatch MallorcaRealMadrid = new(Mallorca);

    private static Bet TeamBet(Market market, Selection selection, decimal line, BetScope scope = BetScope.Match, BetPeriod period = BetPeriod.FullTime) =>
        Team(market, selection, line, scope, period).On(Mallorca);

    private static Bet PlayerBet(long player, Market market, Selection selection, decimal line) =>
        Player(market, selection, line, player).On(Mallorca);

    [Fact]
    public void A_straight_red_is_one_red_card_and_no_yellow()
    {
        var fullTime = MallorcaRealMadrid.FullTime;

        TeamBet(Market.RedCards, Selection.Over, 0.5m, BetScope.Away).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        TeamBet(Market.RedCards, Selection.Under, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
        TeamBet(Market.RedCards, Selection.Over, 0.5m, BetScope.Away, BetPeriod.SecondHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        TeamBet(Market.YellowCards, Selection.Under, 0.5m, BetScope.Away).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        PlayerBet(Mendy, Market.RedCards, Selection.Over, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerBet(Mendy, Market.YellowCards, Selection.Under, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    [Fact]
    public void A_red_in_stoppage_time_is_not_there_at_90_minutes()
    {
        var awayRed = TeamBet(Market.RedCards, Selection.Over, 0.5m, BetScope.Away);

        awayRed.Settle(MallorcaRealMadrid.At(90)).ShouldBePending();
        PlayerBet(Mendy, Market.RedCards, Selection.Over, 0.5m).Settle(MallorcaRealMadrid.At(90)).ShouldBePending();
    }

    [Fact]
    public void A_coachs_booking_is_not_a_team_card()
    {
        var fullTime = MallorcaRealMadrid.FullTime;

        TeamBet(Market.YellowCards, Selection.Over, 1.5m, BetScope.Home).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
        TeamBet(Market.YellowCards, Selection.Under, 1.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        TeamBet(Market.YellowCards, Selection.Over, 1m, BetScope.Home).Settle(fullTime).ShouldBe(SettlementStatus.Refund, 1m, 10m, 0m, "push");
        TeamBet(Market.YellowCards, Selection.Under, 1.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(MallorcaRealMadrid.HalfTime)
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerBet(MallorcaCoach, Market.YellowCards, Selection.Over, 0.5m).Settle(fullTime).ShouldBeRefund("not_in_squad");
    }

    [Fact]
    public void In_play_the_card_events_leave_the_coachs_booking_out_too()
    {
        // 50': the first-half split is known, the whole-match column is not; the events count the cards.
        var at50 = MallorcaRealMadrid.At(50);

        TeamBet(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home).Settle(at50).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        TeamBet(Market.YellowCards, Selection.Over, 1.5m, BetScope.Home).Settle(at50).ShouldBePending();
        TeamBet(Market.YellowCards, Selection.Under, 1.5m).Settle(at50).ShouldBePending();
    }

    [Fact]
    public void A_second_booking_is_a_red_card()
    {
        const long liverpoolManUtd = SavedMatches.LiverpoolManUtd2023;
        var fullTime = new RealMatch(liverpoolManUtd).FullTime;

        Team(Market.RedCards, Selection.Over, 0.5m, BetScope.Away).On(liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Player(Market.RedCards, Selection.Over, 0.5m, Dalot).On(liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void A_second_booking_is_a_yellow_and_a_red_though_the_card_rows_drop_the_yellow()
    {
        // Away Yellow events: Mainoo 27', Amrabat 35', Shaw 88', Rashford 90+2', Dalot 90+4' (then his YellowRed);
        // yellow_cards says [2, 4]. Counting his yellow keeps counts growing, so an OVER won in play stays won.
        const long liverpoolManUtd = SavedMatches.LiverpoolManUtd2023;
        var fullTime = new RealMatch(liverpoolManUtd).FullTime;

        Team(Market.YellowCards, Selection.Over, 4.5m, BetScope.Away).On(liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 5m, 20m, 10m);
        Team(Market.YellowCards, Selection.Over, 6.5m).On(liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 7m, 20m, 10m);
        Player(Market.YellowCards, Selection.Over, 0.5m, Dalot).On(liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void A_card_to_a_player_already_substituted_is_not_a_team_card()
    {
        // 3370572: Giroud went off at 41' and was booked on the bench at 90+5'; FotMob's second-half row counts him
        // (yellow_cards [1, 3]). France's cards on the pitch in regulation: Rabiot 55', Thuram 87'.
        const long final = SavedMatches.ArgentinaFrance2022;
        var fullTime = new RealMatch(final).FullTime;

        Team(Market.YellowCards, Selection.Over, 2.5m, BetScope.Away).On(final).Settle(fullTime).ShouldBe(SettlementStatus.Lost, 2m, 0m, -10m);
        Team(Market.YellowCards, Selection.Under, 2.5m, BetScope.Away, BetPeriod.SecondHalf).On(final).Settle(fullTime)
            .ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
        // Enzo Fernández 45+7', Acuña 90+8': Paredes 114', Montiel 116' and Martínez in the shoot-out are not regulation.
        Team(Market.YellowCards, Selection.Under, 2.5m, BetScope.Home).On(final).Settle(fullTime).ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
    }

    [Fact]
    public void The_2020_shape_has_no_card_row_so_its_card_events_count()
    {
        // Wolves 1-3 Man City: Jesus and Mendy 35', Rodri 86', all City.
        const long wolvesManCity = SavedMatches.WolvesManCity2020;
        var fullTime = new RealMatch(wolvesManCity).FullTime;

        Team(Market.YellowCards, Selection.Over, 2.5m, BetScope.Away).On(wolvesManCity).Settle(fullTime).ShouldBe(SettlementStatus.Won, 3m, 20m, 10m);
        Team(Market.YellowCards, Selection.Under, 0.5m, BetScope.Home).On(wolvesManCity).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Team(Market.YellowCards, Selection.Over, 1.5m, period: BetPeriod.FirstHalf).On(wolvesManCity).Settle(fullTime)
            .ShouldBe(SettlementStatus.Won, 2m, 20m, 10m);
    }

    public static TheoryData<long> PlayedMatches => SavedMatches.PlayedIds();

    [Theory]
    [MemberData(nameof(PlayedMatches))]
    public void A_card_bet_decided_in_play_is_decided_the_same_way_at_full_time(long matchId)
    {
        var fullTime = new RealMatch(matchId).FullTime;
        var bets = (
            from market in new[] { Market.YellowCards, Market.RedCards }
            from scope in new[] { BetScope.Match, BetScope.Home, BetScope.Away }
            from selection in new[] { Selection.Over, Selection.Under }
            from line in new[] { 0.5m, 1m, 1.75m, 2.5m, 3.25m, 4.5m }
            select Team(market, selection, line, scope).On(matchId)).ToList();
        var final = bets.Select(bet => bet.Settle(fullTime)).ToList();

        foreach (var (minute, match) in RegulationMinutes.Of(matchId))
        {
            for (var i = 0; i < bets.Count; i++)
            {
                var live = bets[i].Settle(match);
                if (live.Status.IsDecided())
                {
                    live.SameDecisionAs(final[i]).Should().BeTrue($"{bets[i].Scope} {bets[i].Market} {bets[i].Selection} {bets[i].Line} was {live.Status} at {minute}', {final[i].Status} at full time");
                }
            }
        }
        final.Should().Contain(settlement => settlement.Status == SettlementStatus.Won, "some card bet wins in every match");
    }
}

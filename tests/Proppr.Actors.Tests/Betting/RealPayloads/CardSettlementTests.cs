using Proppr.Actors.Betting;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// Card markets on real payloads. Mallorca 1-1 Real Madrid (4506747): at 45+3' the Mallorca coach (Arrasate) and
/// Maffeo were booked, and only Maffeo's card is in the team stats (yellow_cards [1, 0]); Mendy was sent off straight
/// at 90+7'. Liverpool 0-0 Man Utd (4193696): Dalot's second booking at 90+4', red_cards [0, 1].
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
}

using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.UnseenShapes;

/// <summary>
/// Period markets, the shot map and low coverage on real payloads edited into the shapes of <c>SHAPE.md</c> §9.
/// Bournemouth 0-0 Newcastle (4813415): first half, home 6 shots of which the stats count 1 on target (the shot map
/// marks 5 isOnTarget, 4 of them blocked), corners [2, 1]; whole match corners [5, 2], shots [11, 4].
/// </summary>
public class PeriodAndShotSettlementTests
{
    private const long Bournemouth = SavedMatches.BournemouthNewcastle2025;
    private const long Salah = 292462;

    private static Bet TeamBet(Market market, Selection selection, decimal line, BetScope scope, BetPeriod period) =>
        Team(market, selection, line, scope, period).On(Bournemouth);

    [Fact]
    public void With_only_the_whole_match_column_a_half_is_counted_from_events_and_shot_map_or_refunded()
    {
        var fullTime = EditedPayload.Of(Bournemouth).WholeMatchStatsOnly().FullTime;

        TeamBet(Market.Corners, Selection.Over, 1.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBeRefund("period_stat_unavailable");
        // 7 corners in the match bound a half below 7.5, yet nothing separates the half: refunded all the same.
        TeamBet(Market.Corners, Selection.Under, 7.5m, BetScope.Match, BetPeriod.SecondHalf).Settle(fullTime).ShouldBeRefund("period_stat_unavailable");
        TeamBet(Market.Fouls, Selection.Over, 3.5m, BetScope.Match, BetPeriod.FirstHalf).Settle(fullTime).ShouldBeRefund("period_stat_unavailable");
        TeamBet(Market.Corners, Selection.Over, 6.5m, BetScope.Match, BetPeriod.FullTime).Settle(fullTime).ShouldBe(SettlementStatus.Won, 7m, 20m, 10m);
        TeamBet(Market.Shots, Selection.Over, 5.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 6m, 20m, 10m);
        TeamBet(Market.ShotsOnTarget, Selection.Under, 1.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        TeamBet(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        TeamBet(Market.Goals, Selection.Under, 0.5m, BetScope.Match, BetPeriod.SecondHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    [Fact]
    public void A_blocked_shot_marked_on_target_is_not_on_target_for_players_or_teams()
    {
        // Liverpool 2-2 Man Utd (4506508): Salah's 90+4' shot is isOnTarget and isBlocked; his stats say 1 on target.
        var liverpool = EditedPayload.Of(SavedMatches.LiverpoolManUtd2025);
        var fullTime = liverpool.FullTime;
        Player(Market.ShotsOnTarget, Selection.Over, 1.5m, Salah, BetPeriod.SecondHalf).On(SavedMatches.LiverpoolManUtd2025).Settle(fullTime)
            .ShouldBe(SettlementStatus.Lost, 1m, 0m, -10m);
        Player(Market.ShotsOnTarget, Selection.Under, 1.5m, Salah).On(SavedMatches.LiverpoolManUtd2025).Settle(fullTime)
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

        var home = fullTime.TeamStats.In(MatchPeriod.FirstHalf, Stat.ShotsOnTarget)!.Value.Home;
        var fromShotMap = EditedPayload.Of(SavedMatches.LiverpoolManUtd2025).WholeMatchStatsOnly().FullTime;
        Team(Market.ShotsOnTarget, Selection.Over, 0.5m, BetScope.Home, BetPeriod.FirstHalf).On(SavedMatches.LiverpoolManUtd2025).Settle(fromShotMap)
            .ActualValue.Should().Be(home, "the shot map without its blocked shots counts what the first-half column counted");
    }

    [Fact]
    public void A_low_coverage_match_settles_what_its_data_carries_and_refunds_the_rest()
    {
        var payload = EditedPayload.Of(Bournemouth).LowCoverage();
        var fullTime = payload.FullTime;

        fullTime.HasShotMap.Should().BeFalse("an empty shot map in a match with 15 shots carries none of them");
        TeamBet(Market.Shots, Selection.Over, 0.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBeRefund("period_stat_unavailable");
        TeamBet(Market.Shots, Selection.Over, 14.5m, BetScope.Match, BetPeriod.FullTime).Settle(fullTime).ShouldBe(SettlementStatus.Won, 15m, 20m, 10m);
        TeamBet(Market.YellowCards, Selection.Over, 0.5m, BetScope.Away, BetPeriod.SecondHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

        // Burn (Newcastle) played 90 minutes: his stats stand; an unused substitute has no stats and no prop.
        const long burn = 188058;
        const long dennis = 1096635;
        var burnShots = fullTime.Lineup.Find(burn)!.StatOrZero(Stat.Shots);
        Player(Market.Shots, Selection.Over, 5.5m, burn).On(Bournemouth).Settle(fullTime).ShouldBe(SettlementStatus.Lost, burnShots, 0m, -10m);
        Player(Market.Fouls, Selection.Over, 0.5m, dennis).On(Bournemouth).Settle(fullTime).ShouldBeRefund("did_not_start");
        Player(Market.Fouls, Selection.Over, 0.5m, dennis, voidRule: VoidRule.Appearance).On(Bournemouth).Settle(fullTime).ShouldBeRefund("did_not_play");
    }
}

using Proppr.Actors.Betting;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.UnseenShapes;

/// <summary>
/// Card markets on real payloads edited into the shapes of <c>SHAPE.md</c> §9, settled by the rules' section Cards:
/// a booking the events lack but the lineup marker and team stats show, a second-yellow dismissal, a card changed on
/// review. Mallorca 1-1 Real Madrid (4506747): Maffeo (home) booked at 45+3', Mendy (away) sent off at 90+7'; the
/// team stats have yellow_cards [1, 0] in the first half, red_cards [0, 1] in the second.
/// </summary>
public class CardSourcesSettlementTests
{
    private const long Mallorca = SavedMatches.MallorcaRealMadrid2024;
    private const long Maffeo = 673356;
    private const long Mendy = 623537;
    private const long Dalot = 751550;

    private static Bet Cards(Market market, Selection selection, decimal line, BetScope scope, BetPeriod period = BetPeriod.FullTime, long fixture = Mallorca) =>
        Team(market, selection, line, scope, period).On(fixture);

    private static Bet PlayerCards(long player, Market market, Selection selection, decimal line, BetPeriod period = BetPeriod.FullTime, long fixture = Mallorca) =>
        Player(market, selection, line, player, period).On(fixture);

    private static EditedPayload WithoutMaffeosCardEvent() =>
        EditedPayload.Of(Mallorca).RemoveEvents(e => (string?)e["type"] == "Card" && (long?)e["player"]?["id"] == Maffeo);

    [Fact]
    public void A_booking_missing_from_the_events_counts_from_the_lineup_marker_in_the_half_the_team_stats_show()
    {
        var payload = WithoutMaffeosCardEvent();
        var fullTime = payload.FullTime;

        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Cards(Market.YellowCards, Selection.Under, 0.5m, BetScope.Home, BetPeriod.SecondHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        PlayerCards(Maffeo, Market.YellowCards, Selection.Over, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerCards(Maffeo, Market.YellowCards, Selection.Over, 0.5m, BetPeriod.FirstHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);

        // In play the first-half column alone places it (no marker yet): the same decision at 50' as at full time.
        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home).Settle(payload.At(50)).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void Without_period_columns_a_booking_only_the_marker_shows_counts_for_full_time_only_and_only_at_the_end()
    {
        var payload = WithoutMaffeosCardEvent().WholeMatchStatsOnly();
        var fullTime = payload.FullTime;

        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerCards(Maffeo, Market.YellowCards, Selection.Over, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Cards(Market.YellowCards, Selection.Under, 0.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        PlayerCards(Maffeo, Market.YellowCards, Selection.Under, 0.5m, BetPeriod.SecondHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        // Live FotMob payloads carry the markers too: at 88' the marker's booking has no period yet.
        var inPlay = fullTime with
        {
            Status = Actors.Matches.MatchStatus.Live,
            Clock = new Actors.Matches.MatchTime(88),
            EndedPeriods = [Actors.Matches.MatchPeriod.FirstHalf],
        };
        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home).Settle(inPlay).ShouldBePending();
    }

    [Fact]
    public void A_booking_only_the_team_stats_show_counts_for_the_team_in_its_half_and_for_no_player()
    {
        var payload = WithoutMaffeosCardEvent().Edit(p => p.Content["lineup"]!["homeTeam"]!["starters"]!.AsArray()
            .Single(player => (long?)player!["id"] == Maffeo)!["performance"]!.AsObject().Remove("events"));
        var fullTime = payload.FullTime;

        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Home, BetPeriod.FirstHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Cards(Market.YellowCards, Selection.Under, 1.5m, BetScope.Match).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerCards(Maffeo, Market.YellowCards, Selection.Under, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
    }

    [Fact]
    public void A_second_yellow_is_one_yellow_and_one_red_however_the_events_write_it()
    {
        const long liverpoolManUtd = SavedMatches.LiverpoolManUtd2023;
        var asSent = EditedPayload.Of(liverpoolManUtd);
        // The same dismissal as two Yellow events, and as a lone YellowRed whose first yellow no event carries.
        var twoYellows = EditedPayload.Of(liverpoolManUtd).Edit(p => p.Events.OfType<System.Text.Json.Nodes.JsonObject>()
            .Single(e => (string?)e["card"] == "YellowRed")["card"] = "Yellow");
        var loneYellowRed = EditedPayload.Of(liverpoolManUtd).Edit(p => p.Events.Remove(p.Events.OfType<System.Text.Json.Nodes.JsonObject>()
            .Single(e => (string?)e["card"] == "Yellow" && (long?)e["player"]?["id"] == Dalot)));

        foreach (var payload in new[] { asSent, twoYellows, loneYellowRed })
        {
            var fullTime = payload.FullTime;
            PlayerCards(Dalot, Market.YellowCards, Selection.Under, 1.5m, fixture: liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
            PlayerCards(Dalot, Market.YellowCards, Selection.Over, 0.5m, fixture: liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
            PlayerCards(Dalot, Market.RedCards, Selection.Over, 0.5m, fixture: liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
            Cards(Market.YellowCards, Selection.Over, 4.5m, BetScope.Away, fixture: liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 5m, 20m, 10m);
            Cards(Market.RedCards, Selection.Under, 1.5m, BetScope.Away, fixture: liverpoolManUtd).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        }
        // Whether his first yellow fell in the second half no event says when only the YellowRed is there.
        PlayerCards(Dalot, Market.YellowCards, Selection.Under, 0.5m, BetPeriod.SecondHalf, liverpoolManUtd).Settle(loneYellowRed.FullTime)
            .ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        PlayerCards(Dalot, Market.YellowCards, Selection.Over, 0.5m, BetPeriod.SecondHalf, liverpoolManUtd).Settle(asSent.FullTime)
            .ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void A_red_changed_to_yellow_on_review_is_a_yellow_whatever_the_marker_and_team_stats_still_say()
    {
        var payload = EditedPayload.Of(Mallorca).AddEvent("""
            {"type": "VAR", "time": 90, "overloadTime": 9, "isHome": false, "player": {"id": 623537, "name": "Ferland Mendy"},
             "VAR": {"pendingDecision": false, "decision": {"key": ["var_card_changed_to_yellow"], "value": ["Card changed to yellow"]}}}
            """);
        var fullTime = payload.FullTime;

        Cards(Market.RedCards, Selection.Under, 0.5m, BetScope.Away).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Away).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        Cards(Market.YellowCards, Selection.Over, 0.5m, BetScope.Away, BetPeriod.SecondHalf).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
        PlayerCards(Mendy, Market.RedCards, Selection.Under, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        PlayerCards(Mendy, Market.YellowCards, Selection.Over, 0.5m).Settle(fullTime).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }

    [Fact]
    public void A_red_withdrawn_on_review_never_counts_and_a_pending_review_changes_nothing_yet()
    {
        const string review = """
            {"type": "VAR", "time": 90, "overloadTime": 9, "isHome": false, "player": {"id": 623537},
             "VAR": {"pendingDecision": PENDING, "decision": {"key": ["var_red_card_removed"], "value": ["Red card removed"]}}}
            """;
        var withdrawn = EditedPayload.Of(Mallorca).AddEvent(review.Replace("PENDING", "false")).FullTime;
        var pending = EditedPayload.Of(Mallorca).AddEvent(review.Replace("PENDING", "true")).FullTime;

        Cards(Market.RedCards, Selection.Under, 0.5m, BetScope.Match).Settle(withdrawn).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Cards(Market.YellowCards, Selection.Under, 0.5m, BetScope.Away).Settle(withdrawn).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        PlayerCards(Mendy, Market.RedCards, Selection.Under, 0.5m).Settle(withdrawn).ShouldBe(SettlementStatus.Won, 0m, 20m, 10m);
        Cards(Market.RedCards, Selection.Over, 0.5m, BetScope.Away).Settle(pending).ShouldBe(SettlementStatus.Won, 1m, 20m, 10m);
    }
}

using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>
/// Every shape fact of <c>SHAPE.md</c> §9 at once, on each played real payload: <c>momentum: false</c>, absent lineup
/// keys, stats rows without <c>format</c>, <c>eventTypes</c> holding <c>null</c>, VAR and <c>MissedPenalty</c> events, an
/// <c>AddedTime</c> event at 43', <c>playoff</c> beside <c>playerStats</c>, low coverage. The parser returns a snapshot
/// at full time and in play, and every market of the contract gets a settlement (never a rejection or an exception).
/// </summary>
public class ShapeNineFactsTests
{
    private static readonly DateTimeOffset Afterwards = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<long> PlayedIds() => SavedMatches.PlayedIds();

    private static EditedPayload WithEveryFact(long matchId, bool lowCoverage)
    {
        var payload = EditedPayload.Of(matchId);
        var content = payload.Content;
        content["momentum"] = false;
        if (content.ContainsKey("playerStats"))
        {
            content["playoff"] = null;
        }
        if (content["matchFacts"]!["events"] is JsonObject events)
        {
            events["eventTypes"] = new JsonArray(null, new JsonArray(), "Injuries");
        }
        foreach (var team in new[] { "homeTeam", "awayTeam" })
        {
            if (content["lineup"]?[team] is JsonObject lineupTeam)
            {
                lineupTeam.Remove("unavailable");
                lineupTeam.Remove("totalStarterMarketValue");
                lineupTeam.Remove("averageStarterAge");
            }
        }
        (content["lineup"] as JsonObject)?.Remove("source");
        foreach (var row in Rows(content["stats"]))
        {
            row.Remove("format");
        }
        var someone = payload.FullTime.Lineup.Players.FirstOrDefault(p => p.Role == PlayerRole.Starter)?.Id ?? 1;
        payload.AddEvent("""{"type": "AddedTime", "time": 43, "minutesAddedInput": 2, "minutesAddedStr": "+ 2 minutes added"}""")
            .AddEvent($$"""{"type": "MissedPenalty", "time": 33, "isHome": true, "player": {"id": {{someone}}}, "isPenaltyShootoutEvent": false}""")
            .AddEvent($$"""
                {"type": "VAR", "time": 70, "isHome": false, "player": {"id": {{someone}}},
                 "VAR": {"pendingDecision": false, "decision": {"key": ["var_goal_cancelled", "foul"], "value": ["Goal cancelled", "Foul"]} } }
                """)
            .AddEvent($$"""
                {"type": "VAR", "time": 71, "isHome": true, "player": {"id": {{someone}}},
                 "VAR": {"pendingDecision": false, "decision": {"key": ["var_card_changed_to_yellow"], "value": ["Card changed to yellow"]} } }
                """);
        if (lowCoverage && content["stats"]?["Periods"] is not null)
        {
            payload.LowCoverage();
        }
        return payload;
    }

    private static IEnumerable<JsonObject> Rows(JsonNode? node) => node switch
    {
        JsonObject row when row.ContainsKey("format") => [row],
        JsonObject other => other.SelectMany(child => Rows(child.Value)),
        JsonArray items => items.SelectMany(Rows),
        _ => [],
    };

    [Theory]
    [MemberData(nameof(PlayedIds))]
    public void Every_market_settles_on_a_payload_with_every_shape_nine_fact(long matchId)
    {
        foreach (var lowCoverage in new[] { false, true })
        {
            var payload = WithEveryFact(matchId, lowCoverage);
            MatchDetails[] moments = [payload.At(30), payload.HalfTime, payload.At(80), payload.FullTime];
            var player = moments[^1].Lineup.Players.First(p => p.Role == PlayerRole.Starter).Id;
            var settler = new Settler(SettlementPolicy.Default);
            foreach (var bet in EveryMarket(matchId, player))
            {
                foreach (var moment in moments)
                {
                    settler.Settle(bet, moment, Afterwards).Status
                        .Should().NotBe(SettlementStatus.Rejected, $"{bet.Market} {bet.Scope} {bet.Period} is a valid bet (low coverage: {lowCoverage})");
                }
            }
        }
    }

    private static IEnumerable<Bet> EveryMarket(long matchId, long player)
    {
        var periods = Enum.GetValues<BetPeriod>();
        foreach (var market in Enum.GetValues<Market>())
        {
            foreach (var period in periods)
            {
                var bet = market switch
                {
                    Market.MatchResult => Team(market, Selection.Home),
                    Market.AsianHandicap => Team(market, Selection.Home, -0.5m),
                    Market.BothTeamsToScore => Team(market, Selection.Yes),
                    Market.AnytimeGoalscorer or Market.FirstGoalscorer => Player(market, Selection.Yes, playerId: player),
                    Market.Assists or Market.Tackles or Market.Interceptions or Market.Passes => Player(market, Selection.Over, 0.5m, player),
                    _ => Team(market, Selection.Over, 0.5m, BetScope.Home),
                };
                yield return bet with { FixtureId = matchId, Period = period, BetId = $"{market}-{period}" };
                if (bet.Scope == BetScope.Home)
                {
                    yield return bet with { FixtureId = matchId, Period = period, Scope = BetScope.Player, PlayerId = player, BetId = $"{market}-{period}-player" };
                }
            }
        }
    }
}

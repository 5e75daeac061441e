using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Tests.Matches.FotMob;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.RealPayloads;

/// <summary>
/// For every real payload, every card market (yellow and red; both teams, each team, each booked player), period,
/// selection and a spread of half, whole and quarter lines: whatever the rules decide in play, at any minute of
/// regulation or at half time, is what they decide at full time. A card count only grows, and a booking whose period
/// is unknown waits for the end, so an in-play decision never has to be taken back.
/// </summary>
public class CardInPlayPropertyTests
{
    private static readonly decimal[] Lines = [0.5m, 1m, 1.5m, 2.25m, 3.5m];

    [Theory]
    [MemberData(nameof(SavedMatches.PlayedIds), MemberType = typeof(SavedMatches))]
    public void An_in_play_card_decision_never_contradicts_the_full_time_one(long matchId)
    {
        var match = new RealMatch(matchId);
        var fullTime = match.FullTime;
        var inPlay = RegulationMinutes.Of(matchId).Select(m => ($"{m.Minute}'", m.Match)).Append(("half time", match.HalfTime)).ToList();
        var bets = CardBets(matchId, fullTime).ToList();
        var decidedInPlay = 0;
        foreach (var bet in bets)
        {
            var atFullTime = bet.Settle(fullTime);
            atFullTime.Status.Should().NotBe(SettlementStatus.Pending, $"{Describe(bet)} is decided at full time");
            foreach (var (moment, snapshot) in inPlay)
            {
                var live = bet.Settle(snapshot);
                if (live.Status == SettlementStatus.Pending)
                {
                    continue;
                }
                decidedInPlay++;
                live.SameDecisionAs(atFullTime).Should().BeTrue(
                    $"{Describe(bet)} was {live.Status} ({live.ActualValue}) at {moment} and is {atFullTime.Status} ({atFullTime.ActualValue}) at full time");
            }
        }
        decidedInPlay.Should().BePositive("some card bets are decided in play");
    }

    private static IEnumerable<Bet> CardBets(long matchId, MatchDetails fullTime)
    {
        var booked = fullTime.Cards.Where(c => c.Counts).Select(c => c.PlayerId)
            .Concat(fullTime.Lineup.Players.Where(p => p.Marks != CardMarks.None).Select(p => (long?)p.Id))
            .OfType<long>().Distinct().ToList();
        foreach (var market in new[] { Market.YellowCards, Market.RedCards })
        {
            foreach (var period in Enum.GetValues<BetPeriod>())
            {
                foreach (var selection in new[] { Selection.Over, Selection.Under })
                {
                    foreach (var line in Lines)
                    {
                        foreach (var scope in new[] { BetScope.Match, BetScope.Home, BetScope.Away })
                        {
                            yield return Team(market, selection, line, scope, period).On(matchId);
                        }
                        foreach (var player in booked)
                        {
                            yield return Player(market, selection, line, player, period).On(matchId);
                        }
                    }
                }
            }
        }
    }

    private static string Describe(Bet bet) =>
        $"{bet.Scope}{(bet.PlayerId is { } id ? $" {id}" : "")} {bet.Market} {bet.Period} {bet.Selection} {bet.Line?.Value}";
}

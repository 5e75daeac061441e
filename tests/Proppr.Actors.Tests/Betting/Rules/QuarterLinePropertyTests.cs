using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using static Proppr.Actors.Tests.Betting.TestBets;

namespace Proppr.Actors.Tests.Betting.Rules;

/// <summary>
/// A quarter line is half the stake on each of its two neighbours (<c>spec/settlement-rules.md</c>, Lines), so for
/// every result, odds and stake its returns are the average of the whole stake's returns on each neighbour, rounded
/// once at the end; it is half won or half lost exactly when one neighbour pushes. Checked on generated finished
/// matches, odds and stakes (a fixed seed, so a failure can be replayed), for totals and handicaps on both sides.
/// Whole-unit stakes and odds in cents keep each neighbour's returns exact, so only the average is rounded.
/// </summary>
public class QuarterLinePropertyTests
{
    private const int Cases = 1500;

    private static readonly SettlementStatus[] EveryQuarterLineOutcome =
        [SettlementStatus.Won, SettlementStatus.HalfWon, SettlementStatus.HalfLost, SettlementStatus.Lost];

    [Fact]
    public void A_quarter_total_is_the_average_of_its_neighbours() =>
        // 0.25, 0.75, ... 6.75, over or under.
        EveryGeneratedCaseHolds(4506508, random =>
            Team(Market.Goals, random.Next(2) == 0 ? Selection.Over : Selection.Under, random.Next(0, 14) * 0.5m + 0.25m));

    [Fact]
    public void A_quarter_handicap_is_the_average_of_its_neighbours() =>
        // −3.75, −3.25, ... 3.75, on either team.
        EveryGeneratedCaseHolds(3370572, random =>
            Team(Market.AsianHandicap, random.Next(2) == 0 ? Selection.Home : Selection.Away, random.Next(-8, 8) * 0.5m + 0.25m));

    /// <param name="quarterBet">Draws a quarter-line bet; odds, stake and the final score are drawn here.</param>
    private static void EveryGeneratedCaseHolds(int seed, Func<Random, Bet> quarterBet)
    {
        var random = new Random(seed);
        var outcomes = new HashSet<SettlementStatus>();
        for (var i = 0; i < Cases; i++)
        {
            var match = Finished(random.Next(0, 6), random.Next(0, 6));
            outcomes.Add(ShouldBeTheAverageOfItsNeighbours(Priced(quarterBet(random), random), match));
        }
        outcomes.Should().BeEquivalentTo(EveryQuarterLineOutcome, "the generated cases reach every outcome");
    }

    private static Bet Priced(Bet bet, Random random) => bet with
    {
        // 1.01 to 25.00, and 1 to 1000 units.
        Odds = 1m + random.Next(1, 2400) / 100m,
        Stake = random.Next(1, 1001),
    };

    private static MatchDetails Finished(int home, int away)
    {
        var match = new MatchBuilder();
        for (var goal = 0; goal < home + away; goal++)
        {
            match.Goal(goal < home ? Side.Home : Side.Away, 5 + goal * 10);
        }
        return match.FullTime().Build();
    }

    /// <returns>The quarter line's status, so a test can show its cases reached every outcome.</returns>
    private static SettlementStatus ShouldBeTheAverageOfItsNeighbours(Bet quarter, MatchDetails match)
    {
        var line = quarter.Line!.Value.Value;
        var lower = (quarter with { Line = Line.Of(line - 0.25m) }).Settle(match);
        var upper = (quarter with { Line = Line.Of(line + 0.25m) }).Settle(match);

        var settled = quarter.Settle(match);

        var because = $"{quarter.Market} {quarter.Selection} {line} at {quarter.Odds} for {quarter.Stake} on {match.Score}";
        settled.Returns.Should().Be(Average(lower.Returns, upper.Returns), because);
        settled.ProfitLoss.Should().Be(Average(lower.ProfitLoss, upper.ProfitLoss), because);
        settled.Status.Should().Be(Combined(lower.Status, upper.Status), because);
        settled.Reason.Should().Be(lower.Status == upper.Status ? null : "quarter_line", because);
        return settled.Status;
    }

    private static decimal Average(decimal lower, decimal upper) => Math.Round((lower + upper) / 2m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Two neighbours half a unit apart either agree or one of them pushes.</summary>
    private static SettlementStatus Combined(SettlementStatus lower, SettlementStatus upper) => (lower, upper) switch
    {
        _ when lower == upper => lower,
        (SettlementStatus.Won, SettlementStatus.Refund) or (SettlementStatus.Refund, SettlementStatus.Won) => SettlementStatus.HalfWon,
        (SettlementStatus.Lost, SettlementStatus.Refund) or (SettlementStatus.Refund, SettlementStatus.Lost) => SettlementStatus.HalfLost,
        _ => throw new InvalidOperationException($"neighbours half a unit apart cannot be {lower} and {upper}"),
    };
}

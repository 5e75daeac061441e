using Proppr.Actors.Betting;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Screening;
using static Proppr.Actors.Tests.ReadModel.Screening.ScreeningBets;

namespace Proppr.Actors.Tests.ReadModel.Screening;

/// <summary>Issue 15: screening cannot be broken by one bet's money, and its one-pass escalation rule finds what a full scan finds.</summary>
public sealed class ScreeningAtScaleTests
{
    private static readonly ScreeningSettings Settings = new() { EscalationFactor = 2m, EscalationMinCount = 1, BurstMinBets = 3 };

    [Fact]
    public void Bets_journaled_before_the_limits_with_stakes_no_decimal_sum_can_hold_are_not_screened()
    {
        var records = Enumerable.Range(0, 4).Select(i => Record($"huge-{i}", Noon.AddMinutes(i), stake: 3e28m, odds: 2m))
            .Append(Record("normal", Noon.AddMinutes(5), stake: 10m, odds: 2m))
            .ToArray();

        var screened = records.Select(ScreenedBet.From).OfType<ScreenedBet>().ToArray();
        var report = new ClientScreener(Settings).Screen(Day, screened, new Dictionary<long, IReadOnlyList<PriceDrop>>(), 0);

        screened.Select(bet => bet.BetId).Should().Equal("normal");
        report.Clients.Single().Bets.Should().Be(1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_one_pass_escalation_rule_flags_exactly_what_a_scan_of_every_loss_per_bet_flags(int seed)
    {
        var random = new Random(seed);
        var bets = Enumerable.Range(0, 300).Select(i =>
        {
            var placed = Noon.AddMinutes(random.Next(0, 600));
            var lost = random.Next(3) == 0;
            return Bet($"b{i}", placed, stake: random.Next(1, 6) * 10m,
                status: lost ? SettlementStatus.Lost : SettlementStatus.Won, settledAt: placed.AddMinutes(random.Next(1, 120)));
        }).OrderBy(bet => bet.PlacedAt).ThenBy(bet => bet.BetId, StringComparer.Ordinal).ToArray();
        var activity = new ClientActivity("acc-1", Day, bets, new Dictionary<long, IReadOnlyList<PriceDrop>>());

        var flag = new StakeEscalationRule(Settings).Check(activity);

        flag!.Evidence.Select(evidence => string.Join(">", evidence.BetIds)).Should().Equal(ScanEveryLoss(bets));
    }

    /// <summary>The rule as it was first written: for each bet, the largest loss settled since the previous bet.</summary>
    private static IEnumerable<string> ScanEveryLoss(IReadOnlyList<ScreenedBet> bets)
    {
        for (var i = 0; i < bets.Count; i++)
        {
            var previousPlaced = i > 0 ? bets[i - 1].PlacedAt : DateTimeOffset.MinValue;
            var loss = bets
                .Where(other => other.IsLoss && other.SettledAt > previousPlaced && other.SettledAt <= bets[i].PlacedAt && other.Stake > 0m)
                .MaxBy(other => other.Stake);
            if (loss is not null && bets[i].Stake >= Settings.EscalationFactor * loss.Stake)
            {
                yield return $"{loss.BetId}>{bets[i].BetId}";
            }
        }
    }

    private static BetRecord Record(string id, DateTimeOffset placedAt, decimal stake, decimal odds) => new()
    {
        BetId = id,
        FixtureId = Fixture,
        Scope = BetScope.Match,
        Market = Market.Goals,
        Period = BetPeriod.FullTime,
        Selection = Selection.Over,
        Line = Line.Of(2.5m),
        Odds = odds,
        Stake = stake,
        Client = "acc-1",
        PlacedAt = placedAt,
        TrackedAt = placedAt,
        Status = SettlementStatus.Won,
        Returns = stake * odds,
        ProfitLoss = stake * odds - stake,
        SettledAt = placedAt.AddHours(2),
        Resettled = false,
        LastOffset = 1,
        BetJson = "{}",
    };
}

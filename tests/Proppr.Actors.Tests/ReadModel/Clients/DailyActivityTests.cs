using Proppr.Actors.Betting;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Clients;
using Proppr.Actors.ReadModel.Screening;

namespace Proppr.Actors.Tests.ReadModel.Clients;

public sealed class DailyActivityTests
{
    private static readonly DateOnly Day = new(2026, 12, 4);

    private static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static BetRecord Bet(string id, string? client, string? source, decimal stake, SettlementStatus status, decimal profit) => new()
    {
        BetId = id,
        FixtureId = 4506508,
        Scope = BetScope.Match,
        Market = Market.Goals,
        Period = BetPeriod.FullTime,
        Selection = Selection.Over,
        Line = Line.Of(2.5m),
        Odds = 2m,
        Stake = stake,
        Source = source,
        Client = client,
        PlacedAt = Noon,
        TrackedAt = Noon,
        Status = status,
        Returns = status is SettlementStatus.Pending or SettlementStatus.Rejected ? 0m : stake + profit,
        ProfitLoss = profit,
        Resettled = false,
        LastOffset = 1,
        BetJson = "{}",
    };

    private static ClientScreening Flagged(string client, params FlagKind[] kinds) => new(
        client, 1, [ScreeningCategory.Risky],
        [.. kinds.Select(kind => new ScreeningFlag(kind, ScreeningCategory.Risky, kind.ToString(), new Dictionary<string, decimal>(), []))]);

    [Fact]
    public void One_row_per_client_and_source_with_its_bets_money_category_and_flags()
    {
        BetRecord[] bets =
        [
            Bet("b1", "acc-2", "desk", 10m, SettlementStatus.Won, 10m),
            Bet("b2", "acc-2", "desk", 20m, SettlementStatus.Lost, -20m),
            Bet("b3", "acc-2", "desk", 5m, SettlementStatus.Pending, 0m),
            Bet("b4", "acc-2", "desk", 50m, SettlementStatus.Rejected, 0m),
            Bet("b5", "acc-2", "team", 8m, SettlementStatus.Refund, 0m),
            Bet("b6", "acc-1", "desk", 12m, SettlementStatus.HalfWon, 6m),
            Bet("b7", null, "player", 30m, SettlementStatus.Lost, -30m),
            Bet("b8", " ", "player", 10m, SettlementStatus.Won, 9m),
        ];
        var screening = new ScreeningReport(Day, [Flagged("acc-2", FlagKind.StakeEscalation, FlagKind.BetBurst, FlagKind.BetBurst), Flagged("acc-1")], 2);

        var rows = DailyActivity.Rows(Day, bets, screening, [new ClientCategory("acc-2", ClientCategories.Watchlist, null, Noon)]);

        rows.Should().BeEquivalentTo(new[] {
            new ActivityRow(Day, "acc-1", null, "desk", 1, 0, 12m, 1, 0, 0, 6m, []),
            new ActivityRow(Day, "acc-2", "watchlist", "desk", 3, 1, 35m, 1, 1, 0, -10m, [FlagKind.StakeEscalation, FlagKind.BetBurst]),
            new ActivityRow(Day, "acc-2", "watchlist", "team", 1, 0, 8m, 0, 0, 1, 0m, [FlagKind.StakeEscalation, FlagKind.BetBurst]),
            new ActivityRow(Day, null, null, "player", 2, 0, 40m, 1, 1, 0, -21m, []),
        }, options => options.WithStrictOrdering());
    }
}

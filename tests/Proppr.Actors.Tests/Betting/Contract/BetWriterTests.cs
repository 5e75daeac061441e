using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;

namespace Proppr.Actors.Tests.Betting.Contract;

public class BetWriterTests
{
    [Fact]
    public void Writes_the_contract_shape_leaving_absent_fields_out()
    {
        var bet = new Bet
        {
            BetId = "b-2", FixtureId = 4506508, Scope = BetScope.Match, Market = Market.Goals, Selection = Selection.Under,
            Line = Line.Of(2.5m), Odds = 1.90m, Stake = 10.00m,
        };

        BetWriter.ToJsonLine(bet).Should().Be(
            """{"bet_id":"b-2","fixture_id":4506508,"scope":"match","market":"goals","period":"full_time","selection":"under","line":2.5,"odds":1.90,"stake":10.00}""");
    }

    [Fact]
    public void Writes_every_contract_field_so_the_reader_gets_the_same_bet_back()
    {
        var bet = new Bet
        {
            BetId = "b-1", FixtureId = 4506508, OddsEventId = "61234", HomeTeam = "Liverpool", AwayTeam = "Manchester United",
            Kickoff = new DateTimeOffset(2025, 1, 5, 16, 30, 0, TimeSpan.Zero), Scope = BetScope.Player, PlayerId = 292462,
            PlayerName = "Mohamed Salah", OddsPlayerId = "op-11", Market = Market.ShotsOnTarget, Period = BetPeriod.FirstHalf, Selection = Selection.Over,
            Line = Line.Of(1.25m), Odds = 1.85m, Stake = 12.5m, VoidRule = VoidRule.Appearance, Source = "player",
            Client = "acc-7", PlacedAt = new DateTimeOffset(2025, 1, 5, 15, 0, 0, TimeSpan.FromHours(1)),
        };

        bet = bet with { PriorSettlement = PriorSettlements.For(bet, SettlementStatus.HalfLost, 1m, "quarter_line", bet.Kickoff!.Value.AddHours(2)) };

        var read = BetReader.ReadLine(BetWriter.ToJsonLine(bet));

        read.IsValid.Should().BeTrue(read.Detail);
        read.Bet.Should().Be(bet);
    }
}

using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// An in-play Asian handicap counts only the goals after it was struck, also when the fixture hears of it late (an
/// import, a delayed feed): Liverpool 2-2 Man Utd (4506508), second half from 17:34:19 UTC, 0-1 at 52', then 1-1, 2-1,
/// 2-2. Struck at 17:45 (0-1), Liverpool -0.5 counts 2-1 from there and wins; counted over the whole match it would lose.
/// </summary>
public sealed class FixturePlacementScoreTests
{
    private static readonly DateTimeOffset StruckAtNilOne = new(2025, 1, 5, 17, 45, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_handicap_struck_in_play_and_tracked_after_full_time_counts_only_the_later_goals()
    {
        using var database = new TempDatabaseFile();
        await using var node = await FixtureNode.StartAsync(database.Options, FixtureScenarioTests.Fast);
        var fixture = node.Fixture;
        await fixture.TrackAsync(HomeMinusAHalf);
        await fixture.PlayUntilAsync(new RealMatch(FixtureId).FullTime, HomeMinusAHalf, s => s!.Status.Should().Be(SettlementStatus.Lost));

        var struckInPlay = HomeMinusAHalf with { BetId = "ah-home--0.5-struck-at-0-1", PlacedAt = StruckAtNilOne };
        (await fixture.TrackAsync(struckInPlay)).Should().ContainSingle(o => o.Status == TrackStatus.Accepted);

        await Eventually.HoldsAsync(async () => (await fixture.SettlementOfAsync(struckInPlay))!.Status.Should().Be(SettlementStatus.Won));
        (await fixture.ViewAsync()).Bets.Single(bet => bet.Bet.BetId == struckInPlay.BetId).Bet.ScoreAtPlacement
            .Should().Be(new Score(0, 1));
    }
}

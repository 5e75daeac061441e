using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>Odd facts, bad bets and a failing provider against a real fixture: reasons, never a dead fixture.</summary>
public sealed class FixtureBadInputTests : IAsyncLifetime
{
    private readonly TempDatabaseFile _database = new();
    private readonly RealMatch _match = new(FixtureId);
    private FixtureNode _node = null!;

    private ScriptedMatchData MatchData => _node.MatchData;

    private FixtureProbe Fixture => _node.Fixture;

    public async Task InitializeAsync() => _node = await FixtureNode.StartAsync(_database.Options, FixtureScenarioTests.Fast);

    [Fact]
    public async Task Bad_bets_in_a_batch_are_rejected_with_reasons_while_the_good_ones_are_tracked()
    {
        var outcomes = await Fixture.TrackAsync(
            OverTwoAndAHalfGoals,
            OverTwoAndAHalfGoals with { BetId = "bad-odds", Odds = 0.9m },
            OverTwoAndAHalfGoals with { BetId = "no-line", Line = null },
            OverTwoAndAHalfGoals with { BetId = "elsewhere", FixtureId = 42 },
            OverTwoAndAHalfGoals,
            OverTwoAndAHalfGoals with { Stake = 50m });

        outcomes.Select(o => (o.Status, o.Reason)).Should().Equal(
            (TrackStatus.Accepted, null),
            (TrackStatus.Rejected, "invalid_odds"),
            (TrackStatus.Rejected, "missing_line"),
            (TrackStatus.Rejected, "fixture_mismatch"),
            (TrackStatus.Duplicate, null),
            (TrackStatus.Rejected, "duplicate_bet_id"));
        (await Fixture.ViewAsync()).Bets.Should().ContainSingle();
    }

    [Fact]
    public async Task A_track_command_that_arrived_without_its_bets_is_answered_and_the_fixture_keeps_tracking()
    {
        var empty = await _node.Node.Required<FixtureRegion>().Ask<BetsTracked>(new TrackBets(FixtureId, default), TimeSpan.FromSeconds(30));

        empty.Outcomes.Should().BeEmpty();
        (await Fixture.TrackAsync(OverTwoAndAHalfGoals)).Should().ContainSingle(o => o.Status == TrackStatus.Accepted);
    }

    [Fact]
    public async Task A_full_time_snapshot_without_stats_or_lineup_refunds_what_it_cannot_decide_and_settles_the_rest()
    {
        await Fixture.TrackAsync(UnderFourAndAHalfGoals, OverFifteenAndAHalfCorners, CasemiroFouls);
        var bare = _match.FullTime with { TeamStats = TeamStats.None, Lineup = Lineup.Unknown, Shots = [], HasShotMap = false };

        await Fixture.PlayUntilAsync(bare, OverFifteenAndAHalfCorners, s => s.Should().NotBeNull());

        (await Fixture.SettlementOfAsync(OverFifteenAndAHalfCorners)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Refund && s.Reason == "stat_unavailable");
        (await Fixture.SettlementOfAsync(CasemiroFouls)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Refund && s.Reason == "lineup_unavailable");
        (await Fixture.SettlementOfAsync(UnderFourAndAHalfGoals))!.Status.Should().Be(SettlementStatus.Won, "the score needs no stats");
    }

    [Fact]
    public async Task A_failing_provider_and_a_payload_for_another_match_leave_the_fixture_waiting_not_dead()
    {
        MatchData.Fail(FixtureId, "HTTP 500 from FotMob");
        await Fixture.TrackAsync(OverTwoAndAHalfGoals);
        await Eventually.HoldsAsync(() => MatchData.Fetches(FixtureId).Should().BeGreaterThan(3));
        var fetchesBefore = MatchData.Fetches(FixtureId);
        MatchData.Publish(new RealMatch(4506747).FullTime, "another match", servedAs: FixtureId);
        await Eventually.HoldsAsync(() => MatchData.Fetches(FixtureId).Should().BeGreaterThan(fetchesBefore + 2));
        (await Fixture.ViewAsync()).Status.Should().BeNull("another match's payload is not this fixture's state");

        MatchData.Publish(_match.At(75), "good");

        await Eventually.HoldsAsync(async () => (await Fixture.SettlementOfAsync(OverTwoAndAHalfGoals))!.Status.Should().Be(SettlementStatus.Won));
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        _database.Dispose();
    }
}

using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.Serialization;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// A real match (FotMob 4506508) replayed through a sharded, persistent fixture on a self-joined one-node cluster:
/// each bet is decided at its moment, a corrected full-time payload re-settles only the bet it changes, and a
/// restarted node continues the match from the journal. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class FixtureScenarioTests : IAsyncLifetime
{
    internal static readonly FixtureSettings Fast = FixtureSettings.Default with
    {
        LiveInterval = TimeSpan.FromMilliseconds(100),
        PreMatchInterval = TimeSpan.FromMilliseconds(200),
        SlowInterval = TimeSpan.FromMilliseconds(300),
        RetryInterval = TimeSpan.FromMilliseconds(100),
        CorrectionChecks = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)],
    };

    private readonly RealMatch _match = new(FixtureId);

    protected DatabaseOptions Database { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Each_bet_settles_at_its_moment_and_a_correction_resettles_only_the_bet_it_changes()
    {
        await using var node = await FixtureNode.StartAsync(Database, Fast);
        var fixture = node.Fixture;

        (await fixture.TrackAsync([.. All])).Should().OnlyContain(o => o.Status == TrackStatus.Accepted);
        await fixture.PlayAsync(_match.BeforeKickoff);
        (await fixture.ViewAsync()).Bets.Should().OnlyContain(b => b.Settlement == null, "nothing is decided before kickoff");

        await fixture.PlayAsync(_match.At(30));
        (await fixture.SettlementOfAsync(CasemiroFouls)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Refund && s.Reason == "did_not_start");
        (await fixture.SettlementOfAsync(UnknownPlayerShots)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Refund && s.Reason == "not_in_squad");
        (await fixture.SettlementOfAsync(FirstHalfDraw)).Should().BeNull("the first half is still being played");

        await fixture.PlayAsync(_match.HalfTime);
        (await fixture.SettlementOfAsync(FirstHalfDraw)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Won && s.Returns == 22m);

        await fixture.PlayAsync(_match.At(65));
        (await fixture.SettlementOfAsync(UnderOneAndAHalfGoals)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Lost && s.ProfitLoss == -10m);
        (await fixture.SettlementOfAsync(OverTwoAndAHalfGoals)).Should().BeNull("two goals do not pass 2.5");
        (await fixture.SettlementOfAsync(UnderFourAndAHalfGoals)).Should().BeNull("an UNDER is never won before the end");

        await fixture.PlayAsync(_match.At(75));
        (await fixture.SettlementOfAsync(OverTwoAndAHalfGoals)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Won && s.Returns == 19m);
        (await fixture.SettlementOfAsync(UnderFourAndAHalfGoals)).Should().BeNull();
        (await fixture.SettlementOfAsync(HomeMinusAHalf)).Should().BeNull("a handicap waits for full time");

        await fixture.PlayUntilAsync(_match.FullTime, OverFifteenAndAHalfCorners, s => s.Should().NotBeNull());
        (await fixture.SettlementOfAsync(UnderFourAndAHalfGoals)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Won && s.Returns == 18m);
        (await fixture.SettlementOfAsync(HomeMinusAHalf)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Lost);
        (await fixture.SettlementOfAsync(OverFifteenAndAHalfCorners)).Should().Match<Settlement>(s => s.Status == SettlementStatus.Lost && s.ActualValue == 15m);

        await fixture.PlayUntilAsync(_match.CorrectedSecondHalf(Stat.Corners, Side.Home, +1), OverFifteenAndAHalfCorners,
            s => s!.Status.Should().Be(SettlementStatus.Won));

        var journal = await fixture.JournalAsync(node.Node.System);
        journal.FirstSettlements().Select(s => s.BetId).Should().BeEquivalentTo(All.Select(b => b.BetId), "every bet settles exactly once");
        var resettled = journal.Resettlements().Should().ContainSingle().Subject;
        resettled.BetId.Should().Be(OverFifteenAndAHalfCorners.BetId);
        resettled.Returns.Should().Be(20m);
        resettled.ResettledFrom!.Status.Should().Be(SettlementStatus.Lost);
        journal.OfType<MatchStateChanged>().Select(e => e.Status).Should().ContainInOrder(
            MatchStatus.NotStarted, MatchStatus.Live, MatchStatus.HalfTime, MatchStatus.Live, MatchStatus.Finished);
        journal.OfType<CorrectionCheckCompleted>().Select(e => e.Check).Should().Contain(1);

        // A tag query sees a write once the read journal has caught up with the journal's ordering, shortly after.
        await Eventually.HoldsAsync(async () =>
        {
            var tagged = await JournalReader.EventsByTagAsync(node.Node.System, BetEventTagger.SettlementTag);
            tagged.Should().OnlyContain(e => e is RoundSettled);
            tagged.ChangesOf().Should().HaveCount(All.Length + 1, "each first settlement and the one re-settlement, nothing else")
                .And.AllBeOfType<SettlementChange>();
        });
    }

    [Fact]
    public async Task A_restarted_node_continues_the_match_from_the_journal_without_settling_anything_twice()
    {
        // Snapshots every few events, so recovery goes through a snapshot and the events after it.
        var snapshotting = Fast with { SnapshotEvery = 2 };
        await using (var first = await FixtureNode.StartAsync(Database, snapshotting))
        {
            var fixture = first.Fixture;
            await fixture.TrackAsync([.. All]);
            await fixture.PlayAsync(_match.At(65));
            (await fixture.SettlementOfAsync(UnderOneAndAHalfGoals))!.Status.Should().Be(SettlementStatus.Lost);
            (await fixture.SettlementOfAsync(OverTwoAndAHalfGoals)).Should().BeNull();
        }

        (await JournalReader.SnapshotCountAsync(Database, FixtureActor.PersistenceIdFor(FixtureId))).Should().BePositive();
        await using var second = await FixtureNode.StartAsync(Database, snapshotting);
        second.MatchData.Publish(_match.At(75), "after-restart");

        // Nobody asks for the fixture: remember-entities brings it back, and it polls on its own.
        await Eventually.HoldsAsync(() => second.MatchData.Fetches(FixtureId).Should().BeGreaterThan(1));
        var continued = second.Fixture;
        (await continued.SettlementOfAsync(OverTwoAndAHalfGoals))!.Status.Should().Be(SettlementStatus.Won);
        await continued.PlayUntilAsync(_match.FullTime, HomeMinusAHalf, s => s.Should().NotBeNull());

        var journal = await continued.JournalAsync(second.Node.System);
        journal.TrackedBets().Should().HaveCount(All.Length);
        journal.FirstSettlements().Select(s => s.BetId).Should().OnlyHaveUniqueItems().And.HaveCount(All.Length);
        journal.Resettlements().Should().BeEmpty();
        await Eventually.HoldsAsync(async () =>
            (await JournalReader.SnapshotCountAsync(Database, FixtureActor.PersistenceIdFor(FixtureId))).Should().Be(1, "a new snapshot replaces the older ones"));
        journal.FirstSettlements().Select(s => s.BetId).Should().Contain(
            [UnderFourAndAHalfGoals.BetId, HomeMinusAHalf.BetId, OverFifteenAndAHalfCorners.BetId],
            "bets still open at the restart were settled by graders rebuilt from the journal");
    }

    [Fact]
    public async Task Every_journal_row_is_written_by_the_proppr_serializer_or_akkas_own_never_by_the_json_fallback()
    {
        await using (var node = await FixtureNode.StartAsync(Database, Fast))
        {
            await node.Fixture.TrackAsync([.. All]);
            await node.Fixture.PlayAsync(_match.At(75));
        }

        var identifiers = await JournalReader.SerializerIdsAsync(Database);

        identifiers.Should().ContainKey(PropprSerializer.Id);
        identifiers.Should().NotContainKey(1, "serializer id 1 is Newtonsoft JSON: an unbound type reached the journal");
    }
}

public sealed class SqliteFixtureScenarioTests : FixtureScenarioTests
{
    private readonly TempDatabaseFile _file = new();

    public override Task InitializeAsync()
    {
        Database = _file.Options;
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        _file.Dispose();
        return Task.CompletedTask;
    }
}

[Trait(TestCategories.Key, TestCategories.PostgreSql)]
public sealed class PostgresFixtureScenarioTests : FixtureScenarioTests
{
    private PostgresTestDatabase _database = null!;

    public override async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        Database = _database.Options;
    }

    public override async Task DisposeAsync() => await _database.DisposeAsync();
}

using Akka.Persistence.Journal;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.ReadModel;
using Proppr.Actors.Tests.Serialization;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// The closed set of bet events: every <see cref="IBetEvent"/> in the assembly, found by reflection, goes through each
/// consumer in this assembly (the tagger, the fixture's state, the read model's store), and each of its changes is
/// seen to take effect. The node's consumers (stream, meter) are checked over <see cref="BetChange"/> in Proppr.Node.Tests.
/// </summary>
public sealed class BetEventConsumerTests
{
    private static readonly Type[] BetEventTypes =
    [
        .. typeof(IBetEvent).Assembly.GetTypes()
            .Where(type => typeof(IBetEvent).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .OrderBy(type => type.FullName, StringComparer.Ordinal),
    ];

    public static TheoryData<string> AllBetEventTypes() => new(BetEventTypes.Select(type => type.Name));

    private static IBetEvent Sample(string typeName) => (IBetEvent)MessageSamples.All[BetEventTypes.Single(t => t.Name == typeName)];

    [Fact]
    public void The_set_is_the_eight_bet_events_of_both_journal_shapes()
    {
        BetEventTypes.Select(type => type.Name).Should().BeEquivalentTo(
            "BetTracked", "BetSettled", "BetResettled", "BetClosingLine", "BetsTrackedTogether", "RoundSettled", "ClosingLinesFixed", "BetsMoved");
    }

    [Theory]
    [MemberData(nameof(AllBetEventTypes))]
    public void The_tagger_tags_each_bet_event_for_the_feed_and_those_with_settlements_for_settlement_projections(string typeName)
    {
        var sample = Sample(typeName);

        var tagged = new BetEventTagger().ToJournal(sample).Should().BeOfType<Tagged>().Subject;

        tagged.Tags.Should().Contain(BetEventTagger.BetEventsTag);
        tagged.Tags.Contains(BetEventTagger.SettlementTag).Should().Be(sample.Changes().Any(change => change is SettlementChange));
    }

    [Theory]
    [MemberData(nameof(AllBetEventTypes))]
    public void The_fixture_state_applies_every_change_of_each_bet_event(string typeName)
    {
        var sample = Sample(typeName);
        var state = new FixtureState(sample.FixtureId);
        state.Apply(new BetsTrackedTogether(sample.FixtureId, [.. BetsOf(sample)]));

        state.Apply(sample);

        sample.Changes().Should().NotBeEmpty();
        foreach (var change in sample.Changes())
        {
            var bet = state.Find(change.BetId);
            bet.Should().NotBeNull();
            switch (change)
            {
                case BetTrackedChange tracked:
                    bet!.Bet.Should().Be(tracked.Bet with { BetId = change.BetId });
                    break;
                case SettlementChange settled:
                    bet!.Latest.Should().Be(settled.Settlement);
                    break;
                case ClosingLineChange closing:
                    bet!.Closing.Should().Be(closing.Line);
                    break;
                case BetMovedChange moved:
                    (bet!.MovedTo, bet.IsDecided, bet.IsGradedHere, state.MovedTo).Should().Be((moved.ToFixtureId, true, false, moved.ToFixtureId));
                    break;
                default:
                    throw new InvalidOperationException($"a new kind of bet change: {change.GetType().Name}; teach this test to check it");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllBetEventTypes))]
    public Task The_read_model_records_every_change_of_each_bet_event_at_its_own_position(string typeName) =>
        TestDatabases.UseAsync(DatabaseProvider.Sqlite, async database =>
        {
            var sample = Sample(typeName);
            var store = new BetReadModelStore(database);
            var queries = new BetQueries(database);
            DatabaseSchema.Migrate(database);
            var at = DateTimeOffset.UnixEpoch.AddYears(56);
            await store.ApplyAsync(0, [new BetJournalEvent(1, at, new BetsTrackedTogether(sample.FixtureId, [.. BetsOf(sample)])), new BetJournalEvent(7, at, sample)], CancellationToken.None);

            var entries = new BetJournalEvent(7, at, sample).Entries().ToList();
            entries.Select(e => e.Position).Should().Equal(Enumerable.Range(0, entries.Count).Select(i => JournalPosition.Of(7, i)));
            var history = await queries.SettlementsAfterAsync(0, 100, CancellationToken.None);
            foreach (var entry in entries)
            {
                var row = await queries.BetAsync(entry.Change.BetId, CancellationToken.None);
                row.Should().NotBeNull();
                switch (entry.Change)
                {
                    case BetTrackedChange:
                        row!.LastOffset.Should().Be(entry.Position);
                        break;
                    case SettlementChange settled:
                        history.Should().ContainSingle(s => s.Offset == entry.Position).Which.Kind
                            .Should().Be(settled.Resettled ? SettlementKind.Resettled : SettlementKind.Settled);
                        break;
                    case ClosingLineChange closing:
                        row!.Clv.Should().Be(closing.Line.Value);
                        row.LastOffset.Should().Be(entry.Position);
                        break;
                    case BetMovedChange moved:
                        (row!.FixtureId, row.LastOffset).Should().Be((moved.ToFixtureId, entry.Position));
                        (await queries.MovesAsync(moved.BetId, CancellationToken.None)).Should().Equal(
                            new BetMoveRecord(entry.Position, sample.FixtureId, moved.ToFixtureId, moved.Reason, moved.At));
                        break;
                    default:
                        throw new InvalidOperationException($"a new kind of bet change: {entry.Change.GetType().Name}; teach this test to check it");
                }
            }
        });

    /// <summary>The bets a sample settles or prices but does not track itself: tracked first, so its changes have a bet to apply to.</summary>
    private static IEnumerable<Proppr.Actors.Betting.Bet> BetsOf(IBetEvent sample) =>
        sample.Changes().Where(change => change is not BetTrackedChange).Select(change => MessageSamples.Bet with { BetId = change.BetId })
            .DistinctBy(bet => bet.BetId)
            .Select(bet => bet with { FixtureId = sample.FixtureId });
}

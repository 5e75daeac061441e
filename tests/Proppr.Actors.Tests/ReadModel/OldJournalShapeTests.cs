using Akka.Actor;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel;
using Proppr.Actors.Tests.Fixtures;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.ReadModel.ReadModelSamples;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>
/// A journal written before grading rounds became one event (one event per bet, per settlement, per closing line)
/// recovers its fixture and projects exactly as the same story told in today's events.
/// </summary>
public sealed class OldJournalShapeTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Three bets: one won with a closing line, one won then corrected to lost, one still open.</summary>
    private sealed record Story(long FixtureId, string Prefix)
    {
        public Bet Won { get; } = Bet(Prefix + "won", fixture: FixtureId);
        public Bet Corrected { get; } = Bet(Prefix + "corrected", fixture: FixtureId, odds: 3m);
        public Bet Open { get; } = Bet(Prefix + "open", fixture: FixtureId, stake: 4m);
        public ClosingLine Line => new(Won.BetId, "Pinnacle", new OddsKey("Totals", "over", 2.5m), 2m, 1.9m, Kickoff, 0.0526m);
        public Settlement Correction => ReadModelSamples.Corrected(ReadModelSamples.Won(Corrected), Lost(Corrected));
        public MatchStateChanged Finished =>
            new(FixtureId, MatchStatus.Finished, null, new Score(2, 1), "Liverpool", "Manchester United", Kickoff, Kickoff.AddHours(2));

        public IFixtureEvent[] OldShape =>
        [
            new BetTracked(FixtureId, Won), new BetTracked(FixtureId, Corrected), new BetTracked(FixtureId, Open), Finished,
            new BetClosingLine(FixtureId, Line), new BetSettled(FixtureId, ReadModelSamples.Won(Won)),
            new BetSettled(FixtureId, ReadModelSamples.Won(Corrected)), new BetResettled(FixtureId, Correction),
        ];

        public IFixtureEvent[] NewShape =>
        [
            new BetsTrackedTogether(FixtureId, [Won, Corrected, Open]), Finished, new ClosingLinesFixed(FixtureId, [Line]),
            new RoundSettled(FixtureId, [ReadModelSamples.Won(Won), ReadModelSamples.Won(Corrected)]), new RoundSettled(FixtureId, [Correction]),
        ];
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task An_old_shape_journal_recovers_its_fixture_and_projects_like_the_same_story_in_round_events(DatabaseProvider provider) =>
        TestDatabases.UseAsync(provider, async database =>
        {
            var old = new Story(Fixture, "old-");
            var current = new Story(OtherFixture, "new-");
            var matchData = new ScriptedMatchData();
            await using var node = await TestNode.StartAsync(database, akka => akka
                .AddFixtureSharding(FixtureScenarioTests.Fast, _ => matchData)
                .AddBetProjection(Backoff));
            await FixtureJournal.WriteAsync(node.System, old.FixtureId, old.OldShape);
            await FixtureJournal.WriteAsync(node.System, current.FixtureId, current.NewShape);

            var region = node.Required<FixtureRegion>();
            var views = new List<FixtureView>();
            foreach (var story in new[] { old, current })
            {
                var view = await region.Ask<FixtureView>(new GetFixture(story.FixtureId), TimeSpan.FromSeconds(30));
                view.Status.Should().Be(MatchStatus.Finished);
                view.Bets.Select(b => (b.Bet.BetId, b.Settlement?.Status, b.Settlement?.ResettledFrom?.Status, b.ClosingLine?.Value)).Should().BeEquivalentTo(
                    new[]
                    {
                        (story.Won.BetId, (SettlementStatus?)SettlementStatus.Won, (SettlementStatus?)null, (decimal?)0.0526m),
                        (story.Corrected.BetId, SettlementStatus.Lost, SettlementStatus.Won, null),
                        (story.Open.BetId, null, null, null),
                    });
                views.Add(view);
            }
            Unprefixed(views[0], old).Should().BeEquivalentTo(Unprefixed(views[1], current), "the fixture recovers the same state from either shape");

            var queries = new BetQueries(database);
            await Eventually.HoldsAsync(async () =>
                (await queries.SettlementsAfterAsync(0, 100, None)).Should().HaveCount(6));
            var oldRows = await ReadModelOf(queries, old);
            oldRows.Should().BeEquivalentTo(await ReadModelOf(queries, current), options => options.WithStrictOrdering());
            oldRows.Settlements.Select(s => s.Kind).Should().Equal(SettlementKind.Settled, SettlementKind.Settled, SettlementKind.Resettled);
            var history = await queries.SettlementsAfterAsync(0, 100, None);
            history.Where(s => s.FixtureId == old.FixtureId).Select(s => s.Offset % JournalPosition.ChangesPerEvent)
                .Should().OnlyContain(index => index == 0, "an event of one change puts it at index 0");
        });

    private static FixtureView Unprefixed(FixtureView view, Story story) => view with
    {
        FixtureId = 0,
        Bets = [.. view.Bets.Select(b => new BetView(
            b.Bet with { BetId = Strip(b.Bet.BetId, story), FixtureId = 0 },
            Strip(b.Settlement, story),
            b.ClosingLine is { } line ? line with { BetId = Strip(line.BetId, story) } : null))],
    };

    private static Settlement? Strip(Settlement? settlement, Story story) => settlement is null
        ? null
        : settlement with { BetId = Strip(settlement.BetId, story), ResettledFrom = Strip(settlement.ResettledFrom, story) };

    private static string Strip(string betId, Story story) => betId[story.Prefix.Length..];

    /// <summary>The story's rows in the read model without what differs by construction: ids, fixture and journal positions.</summary>
    private static async Task<(List<object> Bets, List<SettlementRecordView> Settlements)> ReadModelOf(BetQueries queries, Story story)
    {
        var bets = await queries.BetsAsync(new BetFilter(DateTimeOffset.MinValue, DateTimeOffset.MaxValue) { FixtureId = story.FixtureId }, None);
        var settlements = (await queries.SettlementsAfterAsync(0, 100, None)).Where(s => s.FixtureId == story.FixtureId).ToList();
        var indexOf = settlements.Select((s, i) => (s.Offset, i)).ToDictionary(p => p.Offset, p => p.i);
        return (
            [.. bets.OrderBy(b => b.BetId).Select(b => (object)new
            {
                BetId = Strip(b.BetId, story), b.Status, b.Returns, b.ProfitLoss, b.ActualValue, b.Reason, b.SettledAt, b.Resettled, b.Clv,
                b.PlacedAt, Settlement = b.SettlementOffset is { } at ? indexOf[at] : (int?)null,
            })],
            [.. settlements.Select(s => new SettlementRecordView(
                Strip(s.BetId, story), s.Kind, s.Status, s.SettledAt, s.ReplacesOffset is { } replaced ? indexOf[replaced] : null,
                s.SettlementJson.Replace(story.Prefix, string.Empty, StringComparison.Ordinal)))]);
    }

    private sealed record SettlementRecordView(string BetId, SettlementKind Kind, SettlementStatus Status, DateTimeOffset SettledAt, int? Replaces, string Json);
}

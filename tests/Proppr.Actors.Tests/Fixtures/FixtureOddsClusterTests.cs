using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Odds.Books;
using Proppr.Actors.ReadModel;
using Proppr.Actors.Serialization;
using Proppr.TestSupport;
using static Proppr.Actors.Tests.Fixtures.ScenarioBets;
using static Proppr.Actors.Tests.Odds.TestOdds;

namespace Proppr.Actors.Tests.Fixtures;

/// <summary>
/// Odds ticks through the fixture region to a real, persistent fixture (FotMob 4506508, 2-2: four goals): its book,
/// the drops and value bets it announces cluster-wide, and a bet's closing line fixed after kickoff, kept beside its
/// settlement through a restart and projected into the read model's <c>clv</c>.
/// </summary>
public sealed class FixtureOddsClusterTests : IDisposable
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(20);
    private static readonly FixtureSettings Settings = FixtureScenarioTests.Fast with { ClosingLineDelay = TimeSpan.FromMilliseconds(500) };
    private static readonly Bet OverTwoAndAHalf = Match("clv-1", Market.Goals, Selection.Over, 2.5m, 2.05m);

    private readonly TempDatabaseFile _database = new();

    private Task<TestNode> StartNodeAsync(ScriptedMatchData matchData) =>
        TestNode.StartAsync(_database.Options, akka => akka
            .AddFixtureSharding(Settings, _ => matchData)
            .AddBetProjection(RestartBackoff.Default));

    private static ApplyOdds Ticks(DateTimeOffset kickoff, DateTimeOffset at, params Proppr.Actors.Odds.Feed.BookmakerMarkets[] quotes) =>
        new(FixtureId, "61300001", kickoff, [.. quotes.Select(quote => OddsTick.Quote(quote, at))]);

    [Fact]
    public async Task Ticks_build_the_book_announce_drops_and_value_and_fix_each_bets_closing_line_with_its_settlement()
    {
        var matchData = new ScriptedMatchData();
        await using (var node = await StartNodeAsync(matchData))
        {
            var signals = new ConcurrentQueue<FixtureOddsSignal>();
            var listener = node.System.ActorOf(Props.Create(() => new SignalListener(signals)));
            await Eventually.HoldsAsync(async () =>
                (await listener.Ask<bool>(SignalListener.IsSubscribed, AskTimeout)).Should().BeTrue());
            var region = node.Required<FixtureRegion>();
            var probe = new FixtureProbe(region, matchData, FixtureId);
            (await probe.TrackAsync(OverTwoAndAHalf)).Should().ContainSingle().Which.Status.Should().Be(TrackStatus.Accepted);

            var before = DateTimeOffset.UtcNow;
            var kickoff = before.AddSeconds(2);
            region.Tell(Ticks(kickoff, before,
                Quotes("Pinnacle", (Home, 2.00m), (Draw, 3.50m), (Away, 4.00m), (Over(2.5m), 1.95m), (Under(2.5m), 1.95m)),
                Quotes("Bet365", (Home, 2.20m))));
            region.Tell(Ticks(kickoff, before.AddMilliseconds(1),
                Quotes("Pinnacle", (Home, 2.00m), (Draw, 3.50m), (Away, 4.00m), (Over(2.5m), 1.90m), (Under(2.5m), 2.00m))));

            var odds = await region.Ask<FixtureOddsView>(new GetFixtureOdds(FixtureId), AskTimeout);
            odds.OddsEventId.Should().Be("61300001");
            odds.Quotes.Should().HaveCount(6);
            // 1.95 → 1.90 is 2.5641 % of the old price.
            var drop = odds.Drops.Should().ContainSingle().Subject;
            drop.Should().Match<PriceDrop>(d => d.Bookmaker == "Pinnacle" && d.Key == Over(2.5m) && d.DropPercent == 2.5641m);
            // Pinnacle's fair home price: 2.00 × (1/2.00 + 1/3.50 + 1/4.00) = 2.071429; Bet365's 2.20 beats it by 6.21 %.
            odds.ValueBets.Should().ContainSingle().Which.Should().Match<ValueBet>(v => v.Bookmaker == "Bet365" && v.Key == Home && v.Edge == 0.0621m);
            await Eventually.HoldsAsync(() =>
            {
                signals.SelectMany(s => s.Drops).Should().ContainSingle().Which.Should().Be(drop);
                signals.SelectMany(s => s.ValueBets).Should().ContainSingle().Which.Price.Should().Be(2.20m);
            });

            // After kickoff (and the delay) the closing line is fixed from Pinnacle's last price: 2.05 / 1.90 − 1.
            region.Tell(Ticks(kickoff, kickoff.AddSeconds(1), Quotes("Pinnacle", (Over(2.5m), 1.40m), (Under(2.5m), 3.00m))));
            await Eventually.HoldsAsync(async () =>
                (await region.Ask<BetView>(new GetBet(FixtureId, OverTwoAndAHalf.BetId), AskTimeout)).ClosingLine.Should().Match<ClosingLine>(l =>
                    l.Bookmaker == "Pinnacle" && l.ClosingOdds == 1.90m && l.BetOdds == 2.05m && l.Value == 0.0789m));

            await probe.PlayUntilAsync(new RealMatch(FixtureId).FullTime, OverTwoAndAHalf, s => s!.Status.Should().Be(SettlementStatus.Won));
            await Eventually.HoldsAsync(async () =>
            {
                var row = await new BetQueries(_database.Options).BetAsync(OverTwoAndAHalf.BetId, CancellationToken.None);
                row!.Status.Should().Be(SettlementStatus.Won);
                row.Clv.Should().Be(0.0789m);
            });
        }

        await using var restarted = await StartNodeAsync(new ScriptedMatchData());
        var view = await restarted.Required<FixtureRegion>().Ask<BetView>(new GetBet(FixtureId, OverTwoAndAHalf.BetId), AskTimeout);
        view.Settlement!.Status.Should().Be(SettlementStatus.Won);
        view.ClosingLine!.Value.Should().Be(0.0789m, "the closing line is in the journal, though the book is gone");
        (await restarted.Required<FixtureRegion>().Ask<FixtureOddsView>(new GetFixtureOdds(FixtureId), AskTimeout)).Quotes.Should().BeEmpty();
        var journal = await JournalReader.EventsAsync(restarted.System, FixtureActor.PersistenceIdFor(FixtureId));
        journal.ChangesOf().OfType<ClosingLineChange>().Should().ContainSingle();
        (await JournalReader.SerializerIdsAsync(_database.Options)).Should().NotContainKey(1);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Stands in for a node's live stream: subscribes to the odds signals and keeps what it hears.</summary>
    private sealed class SignalListener : ReceiveActor
    {
        public const string IsSubscribed = "subscribed?";

        public SignalListener(ConcurrentQueue<FixtureOddsSignal> signals)
        {
            var subscribed = false;
            Receive<SubscribeAck>(_ => subscribed = true);
            Receive<FixtureOddsSignal>(signals.Enqueue);
            Receive<string>(_ => Sender.Tell(subscribed));
        }

        protected override void PreStart() => OddsSignals.Subscribe(Context.System, Self);
    }
}

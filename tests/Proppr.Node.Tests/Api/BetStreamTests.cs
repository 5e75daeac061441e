using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// <c>/api/stream</c> over bet events that carry many changes: a whole full-time round in one journal event, closing
/// lines, and a client resuming with <c>Last-Event-ID</c> from inside a round.
/// </summary>
public sealed class BetStreamTests : StartedNodeTests
{
    /// <summary>A fixture no bet of the API goes to: its journal is written directly, as the fixture would.</summary>
    private const long Fixture = 9100001;

    private static readonly DateTimeOffset At = new(2026, 12, 5, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_full_time_round_of_many_bets_is_one_journal_event_and_each_bet_reaches_the_stream_and_the_read_model_once()
    {
        const int count = 150;
        await using var stream = await EventStreamClient.OpenAsync(Node.Client());
        var ids = Enumerable.Range(1, count).Select(i => $"round-{i:000}").ToList();

        var (_, intake) = await Http.PostAsync("api/bets", MatchBets.Lines([.. ids.Select(MatchBets.OverGoals)]));
        ((int)intake["accepted"]!).Should().Be(count);

        var events = await BetEventsAsync(stream, count * 2);
        events.Select(e => e.EventType).Should().Equal(Enumerable.Repeat("bet_tracked", count).Concat(Enumerable.Repeat("bet_settled", count)));
        events.Select(e => long.Parse(e.EventId!, CultureInfo.InvariantCulture)).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        events.Where(e => e.EventType == "bet_settled").Select(e => (string)JsonNode.Parse(e.Data)!["settlement"]!["bet_id"]!)
            .Should().BeEquivalentTo(ids);

        var journal = await JournalReader.EventsAsync(Node.System, FixtureActor.PersistenceIdFor(MatchBets.FixtureId));
        journal.OfType<IBetEvent>().Should().HaveCount(2, "the batch is one event and the full-time round another")
            .And.Satisfy(e => e is BetsTrackedTogether, e => e is RoundSettled);
        journal.OfType<RoundSettled>().Single().Settlements.Select(s => s.BetId).Should().BeEquivalentTo(ids);

        await Eventually.HoldsAsync(async () =>
            (await Http.GetOkAsync("api/settlements?after=0"))["settlements"]!.AsArray().Should().HaveCount(count));
        var rows = (await Http.GetOkAsync("api/settlements?after=0"))["settlements"]!.AsArray();
        rows.Select(row => (string)row!["bet_id"]!).Should().BeEquivalentTo(ids);
        rows.Select(row => (long)row!["offset"]!).Should().Equal(events.Skip(count).Select(e => long.Parse(e.EventId!, CultureInfo.InvariantCulture)),
            "the read model keys each settlement by the position the stream gave it");
    }

    [Fact]
    public async Task A_stream_that_sees_closing_lines_then_settlements_gets_them_all_and_resumes_after_any_without_repeats()
    {
        Bet[] bets = [Bet("clv-a"), Bet("clv-b"), Bet("clv-c")];
        await using var stream = await EventStreamClient.OpenAsync(Node.Client());

        await FixtureJournal.WriteAsync(Node.System, Fixture,
            new BetsTrackedTogether(Fixture, [.. bets]),
            new BetClosingLine(Fixture, Line(bets[0])),
            new ClosingLinesFixed(Fixture, [Line(bets[1]), Line(bets[2])]),
            new RoundSettled(Fixture, [.. bets.Select(Won)]));

        var events = await BetEventsAsync(stream, 9);
        events.Select(e => e.EventType).Should().Equal(
            "bet_tracked", "bet_tracked", "bet_tracked", "bet_closing_line", "bet_closing_line", "bet_closing_line",
            "bet_settled", "bet_settled", "bet_settled");
        var line = JsonNode.Parse(events[3].Data)!;
        ((string)line["closing_line"]!["bet_id"]!, (decimal)line["closing_line"]!["clv"]!).Should().Be(("clv-a", 0.0526m));

        // A client that saw the round's second settlement reconnects; meanwhile one more settlement is written.
        await using var resumed = await EventStreamClient.OpenAsync(Node.Client(), lastEventId: events[7].EventId);
        await FixtureJournal.WriteAsync(Node.System, Fixture, new RoundSettled(Fixture, [Won(bets[0]) with { ResettledFrom = Won(bets[0]) with { Status = SettlementStatus.Lost } }]));

        var after = await BetEventsAsync(resumed, 2);
        after.Select(e => (e.EventType, (string)JsonNode.Parse(e.Data)!["settlement"]!["bet_id"]!)).Should().Equal(
            ("bet_settled", "clv-c"), ("bet_resettled", "clv-a"));
        after[0].EventId.Should().Be(events[8].EventId);
    }

    [Fact]
    public async Task A_last_event_id_that_is_not_a_position_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/stream");
        request.Headers.Add("Last-Event-ID", "yesterday");

        using var response = await Http.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Last-Event-ID");
    }

    /// <summary>The next <paramref name="count"/> bet events; any <c>error</c> event fails the test.</summary>
    private static async Task<List<SseItem<string>>> BetEventsAsync(EventStreamClient stream, int count)
    {
        var events = new List<SseItem<string>>();
        while (events.Count < count)
        {
            var item = await stream.NextAsync();
            item.EventType.Should().NotBe("error", item.Data);
            if (item.EventType.StartsWith("bet_", StringComparison.Ordinal))
            {
                events.Add(item);
            }
        }
        return events;
    }

    private static Bet Bet(string id) => new()
    {
        BetId = id, FixtureId = Fixture, Scope = BetScope.Match, Market = Market.Goals, Period = BetPeriod.FullTime,
        Selection = Selection.Over, Line = Actors.Betting.Line.Of(2.5m), Odds = 2m, Stake = 10m, Source = "alpha", PlacedAt = At,
    };

    private static ClosingLine Line(Bet bet) => new(bet.BetId, "Pinnacle", new OddsKey("Totals", "over", 2.5m), 2m, 1.9m, At, 0.0526m);

    private static Settlement Won(Bet bet) => new()
    {
        BetId = bet.BetId, Status = SettlementStatus.Won, ActualValue = 3m, Returns = 20m, ProfitLoss = 10m, SettledAt = At.AddHours(2),
    };
}

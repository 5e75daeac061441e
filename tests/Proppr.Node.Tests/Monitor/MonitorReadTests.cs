using System.Globalization;
using System.Text.Json.Nodes;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Monitor;

/// <summary>
/// What the monitor page reads, on a real node: a day's bets, the fixtures in play with their open bets and the drops
/// against them, and the day's client screening with its evidence (losses settled by the real payload,
/// price drops handed to the fixture's book as the feed would).
/// </summary>
public sealed class MonitorReadTests
{
    private static JsonObject Bet(string id, string client, string market, string selection, decimal? line, decimal odds, decimal stake, DateTimeOffset? placedAt)
    {
        var bet = MatchBets.Bet(id, market, selection, line, odds, stake);
        bet["client"] = client;
        if (placedAt is { } placed)
        {
            bet["placed_at"] = placed.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        }
        return bet;
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Lists_the_days_bets_and_the_fixture_in_play_with_its_open_bet_and_the_drop_against_it()
    {
        await using var match = await MonitoredMatch.StartAsync();
        match.LiveAt(60);
        var http = match.Node.Client(NodeUnderTest.Token);
        var placed = DateTimeOffset.UtcNow.AddMinutes(-2);

        var (_, intake) = await http.PostAsync("api/bets", MatchBets.Lines(Bet("open-over", "acc-a", "goals", "over", 5.5m, 2.18m, 25m, placed)));
        ((int)intake["accepted"]!).Should().Be(1);
        await Eventually.HoldsAsync(async () =>
            (await http.GetOkAsync($"api/bets?day={Day(placed)}"))["bets"]!.AsArray().Should().ContainSingle());
        // Pinnacle cuts over 5.5 from 2.10 to 1.90 a minute after the bet: (2.18 - 1.90) / 2.18 = 12.84 % below its odds.
        match.PriceOver(5.5m, placed.AddMinutes(1), 2.10m, 1.90m);

        var bets = await http.GetOkAsync($"api/bets?day={Day(placed)}");
        var bet = bets["bets"]![0]!;
        ((string)bet["bet_id"]!, (string)bet["status"]!, (string)bet["bet"]!["client"]!, (decimal)bet["bet"]!["stake"]!).Should().Be(("open-over", "pending", "acc-a", 25m));
        (await http.GetOkAsync($"api/bets?day={Day(placed.AddDays(-1))}"))["bets"]!.AsArray().Should().BeEmpty();

        await Eventually.HoldsAsync(async () =>
        {
            var fixtures = (await http.GetOkAsync("api/fixtures?live=true"))["fixtures"]!.AsArray();
            fixtures.Should().ContainSingle();
            var fixture = fixtures[0]!;
            ((long)fixture["fixture_id"]!, (string)fixture["status"]!, (string)fixture["home"]!).Should().Be((MatchBets.FixtureId, "live", "Liverpool"));
            ((int)fixture["open_bets"]!).Should().Be(1);
            fixture["open_bet_ids"]!.AsArray().Select(id => (string)id!).Should().Equal("open-over");
            var drop = fixture["drops_against"]!.AsArray().Should().ContainSingle().Subject!;
            ((string)drop["bet_id"]!, (string)drop["bookmaker"]!, (decimal)drop["price"]!, (decimal)drop["percent"]!).Should().Be(("open-over", "Pinnacle", 1.90m, 12.84m));
        });

        match.FullTime();
        await Eventually.HoldsAsync(async () => (await http.GetOkAsync("api/fixtures?live=true"))["fixtures"]!.AsArray().Should().BeEmpty());
        (await http.GetJsonAsync("api/bets?day=yesterday")).Status.Should().Be(400);
        (await http.GetJsonAsync("api/fixtures?live=maybe")).Status.Should().Be(400);
    }

    [Fact]
    public async Task Screening_flags_drop_chasing_loss_chasing_and_bursts_with_their_evidence()
    {
        await using var match = await MonitoredMatch.StartAsync(
            "--Screening:BurstMinBets=3", "--Screening:BurstWindow=00:00:10", "--Screening:EscalationMinCount=1");
        // At 85 minutes (2-2) every bet here is decided, yet the match is live: its fixture keeps running with its book
        // (after full time it would passivate once its correction checks are done, and its drops with it).
        match.LiveAt(85);
        var http = match.Node.Client(NodeUnderTest.Token);
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        var day = Day(start);

        // The chaser's three overs 2.5 come 15 s, 75 s and 135 s after Pinnacle cut it from 2.20 to 2.05 (6.82 %).
        (await http.PostAsync("api/bets", MatchBets.Lines(Bet("seed", "quiet", "btts", "yes", null, 1.8m, 5m, start)))).Status.Should().Be(200);
        await Eventually.HoldsAsync(async () => (await http.GetOkAsync("api/bets/seed"))["status"]!.ToString().Should().Be("won"));
        match.PriceOver(2.5m, start, 2.20m, 2.05m);
        var (_, intake) = await http.PostAsync("api/bets", MatchBets.Lines(
            Bet("chase-1", "chaser", "goals", "over", 2.5m, 2.18m, 10m, start.AddSeconds(16)),
            Bet("chase-2", "chaser", "goals", "over", 2.5m, 2.15m, 10m, start.AddSeconds(76)),
            Bet("chase-3", "chaser", "goals", "over", 2.5m, 2.12m, 10m, start.AddSeconds(136)),
            Bet("burst-1", "burster", "btts", "yes", null, 1.8m, 5m, start.AddSeconds(300)),
            Bet("burst-2", "burster", "btts", "yes", null, 1.8m, 5m, start.AddSeconds(302)),
            Bet("burst-3", "burster", "btts", "yes", null, 1.8m, 5m, start.AddSeconds(304)),
            MatchBets.Bet("anonymous", "btts", "yes", null, 1.8m, 5m),
            // Four goals: under 1.5 loses 10.
            Bet("loss-1", "tilted", "goals", "under", 1.5m, 2.4m, 10m, start.AddSeconds(200))));
        ((int)intake["accepted"]!).Should().Be(8);
        await Eventually.HoldsAsync(async () => (await http.GetOkAsync("api/bets/loss-1"))["status"]!.ToString().Should().Be("lost"));
        // Learning of the loss, the same client triples the stake (placed now, after the loss was settled).
        (await http.PostAsync("api/bets", MatchBets.Lines(Bet("raise-1", "tilted", "goals", "over", 2.5m, 1.9m, 30m, null)))).Status.Should().Be(200);

        await Eventually.HoldsAsync(async () =>
        {
            var report = await http.GetOkAsync($"api/reports/screening?day={day}");
            ((int)report["unattributed_bets"]!).Should().Be(1);
            report["drops_unavailable"]!.AsArray().Should().BeEmpty();
            var clients = report["clients"]!.AsArray().ToDictionary(c => (string)c!["client"]!, c => c!);
            clients.Keys.Should().BeEquivalentTo("chaser", "burster", "tilted", "quiet");
            Kinds(clients["chaser"]).Should().Equal("drop_chasing");
            Kinds(clients["burster"]).Should().Equal("bet_burst");
            Kinds(clients["tilted"]).Should().Equal("stake_escalation");
            Kinds(clients["quiet"]).Should().BeEmpty();
            clients["chaser"]["categories"]!.AsArray().Select(c => (string)c!).Should().Equal("sharp");
            clients["tilted"]["categories"]!.AsArray().Select(c => (string)c!).Should().Equal("risky");

            var chase = clients["chaser"]["flags"]![0]!;
            ((decimal)chase["figures"]!["bets_after_drops"]!, (decimal)chase["figures"]!["share"]!).Should().Be((3m, 1m));
            ((string)chase["evidence"]![0]!["detail"]!).Should().Be("bet chase-1 at 2.18 placed 15 s after Pinnacle cut Totals over 2.5 from 2.20 to 2.05 (-6.82 %)");
            var raise = clients["tilted"]["flags"]![0]!;
            raise["evidence"]![0]!["bet_ids"]!.AsArray().Select(id => (string)id!).Should().Equal("loss-1", "raise-1");
            ((decimal)raise["figures"]!["largest_ratio"]!).Should().Be(3m);
            clients["burster"]["flags"]![0]!["evidence"]![0]!["bet_ids"]!.AsArray().Select(id => (string)id!).Should().Equal("burst-1", "burst-2", "burst-3");
        });
        (await http.GetJsonAsync("api/reports/screening")).Status.Should().Be(400);
    }

    private static IEnumerable<string> Kinds(JsonNode client) => client["flags"]!.AsArray().Select(flag => (string)flag!["kind"]!);
}

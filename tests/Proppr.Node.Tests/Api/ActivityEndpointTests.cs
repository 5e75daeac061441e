using System.Globalization;
using Proppr.Node.Tests.Monitor;
using Proppr.TestSupport;

namespace Proppr.Node.Tests.Api;

/// <summary>
/// <c>GET /api/reports/activity</c> on a real node: the day's bets per client and source, settled by the real
/// full-time payload (Liverpool 2-2 Manchester United), with the client's category, as JSON and as a CSV file.
/// </summary>
public sealed class ActivityEndpointTests
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Over 2.5 won (+9), under 1.5 lost (-10) for acc-1 at the desk; both teams to score won (+4) for acc-2; one bet of no client.</summary>
    public static readonly string Bets = MatchBets.Lines(
        MatchBets.Bet("act-over", "goals", "over", 2.5m, 1.9m, 10m, "desk").WithClient("acc-1"),
        MatchBets.Bet("act-under", "goals", "under", 1.5m, 2.4m, 10m, "desk").WithClient("acc-1"),
        MatchBets.Bet("act-btts", "btts", "yes", null, 1.8m, 5m, "team").WithClient("acc-2"),
        MatchBets.Bet("act-anon", "goals", "over", 2.5m, 1.9m, 10m, "player").WithClient(null));

    /// <summary>The day's activity once every bet of <see cref="Bets"/> settled, acc-1 on the watchlist.</summary>
    public static string[] ExpectedCsv(string day) =>
    [
        "day,client,category,source,bets,open,stake,won,lost,void,profit,flags",
        $"{day},acc-1,watchlist,desk,2,0,20.00,1,1,0,-1.00,",
        $"{day},acc-2,,team,1,0,5.00,1,0,0,4.00,",
        $"{day},,,player,1,0,10.00,1,0,0,9.00,",
    ];

    [Fact]
    public async Task Gives_the_days_rows_per_client_and_source_as_json_and_as_a_csv_file()
    {
        await using var match = await MonitoredMatch.StartAsync();
        match.FullTime();
        var http = match.Node.Client(NodeUnderTest.Token);
        (await http.PostAsync("api/bets", Bets)).Status.Should().Be(200);
        (await http.PutAsync("api/clients/categories", """{"client":"acc-1","category":"watchlist"}""")).Status.Should().Be(200);
        await Eventually.HoldsAsync(async () =>
            (await http.GetOkAsync($"api/bets?day={Today}"))["bets"]!.AsArray().Select(bet => (string)bet!["status"]!)
                .Should().HaveCount(4).And.NotContain("pending"));

        var json = await http.GetOkAsync($"api/reports/activity?day={Today}");
        var first = json["rows"]![0]!;
        ((string)first["client"]!, (string)first["category"]!, (string)first["source"]!, (int)first["bets"]!, (decimal)first["stake"]!, (decimal)first["profit"]!)
            .Should().Be(("acc-1", "watchlist", "desk", 2, 20m, -1m));
        json["rows"]!.AsArray().Should().HaveCount(3);

        using var csv = await http.GetAsync($"api/reports/activity?day={Today}&format=csv");
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.FileName.Should().Be($"proppr-activity-{Today}.csv");
        (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(ExpectedCsv(Today));
    }

    [Theory]
    [InlineData("api/reports/activity", "day is required")]
    [InlineData("api/reports/activity?day=04-12-2026", "day '04-12-2026' is not a day (YYYY-MM-DD)")]
    [InlineData("api/reports/activity?day=2026-12-04&format=xml", "format 'xml' is not one of json, csv")]
    public async Task Bad_input_gets_a_sentence_saying_what_is_wrong(string path, string error)
    {
        await using var node = await NodeUnderTest.StartAsync();

        var (status, body) = await node.Client().GetJsonAsync(path);

        status.Should().Be(400);
        ((string)body["error"]!).Should().StartWith(error);
    }
}

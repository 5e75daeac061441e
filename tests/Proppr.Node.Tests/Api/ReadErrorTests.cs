namespace Proppr.Node.Tests.Api;

/// <summary>Reads with bad or unknown input answer a JSON error with a sentence, never a 500.</summary>
public sealed class ReadErrorTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private readonly HttpClient _http = fixture.Node.Client();

    [Theory]
    [InlineData("api/bets/never-tracked", 404, "not in the read model")]
    [InlineData("api/fixtures/abc", 400, "not a FotMob fixture id")]
    [InlineData("api/fixtures/-5", 400, "not a FotMob fixture id")]
    [InlineData("api/fixtures/999999999", 404, "no bets are tracked on fixture 999999999")]
    [InlineData("api/fixtures/abc/book", 400, "not a FotMob fixture id")]
    [InlineData("api/fixtures/999999999/book", 404, "no bets are tracked on fixture 999999999")]
    [InlineData("api/settlements", 400, "either since")]
    [InlineData("api/settlements?since=yesterday", 400, "since 'yesterday' is not an ISO-8601 time")]
    [InlineData("api/settlements?after=0&since=2025-01-01", 400, "either since")]
    [InlineData("api/settlements?after=0&limit=0", 400, "limit must be between 1 and 5000")]
    [InlineData("api/reports/pnl?from=2025-01-01", 400, "from and to are required")]
    [InlineData("api/reports/pnl?from=2025-01-02&to=2025-01-01", 400, "to must be after from")]
    [InlineData("api/reports/pnl?from=2025-01-01&to=2025-02-01&by=week", 400, "by 'week' is not one of source, market, day")]
    [InlineData("api/bets?day=9999-12-31", 400, "day must lie between 1900-01-01 and 9000-12-31")]
    [InlineData("api/reports/screening?day=0001-01-01", 400, "day must lie between 1900-01-01 and 9000-12-31")]
    [InlineData("api/bets?day=2025-01-01&market=possession", 400, "market 'possession' is not one of goals, ")]
    [InlineData("api/bets?day=2025-01-01&min_stake=ten", 400, "min_stake 'ten' is not a number")]
    [InlineData("api/bets?day=2025-01-01&status=open", 400, "status 'open' is not one of pending, ")]
    [InlineData("api/bets?day=2025-01-01&fixture_id=x", 400, "fixture_id 'x' is not an integer")]
    [InlineData("api/odds/drops", 400, "day is required")]
    [InlineData("api/odds/drops?day=14-03-2026", 400, "day '14-03-2026' is not a day")]
    [InlineData("api/odds/value?day=2026-03-14&limit=0", 400, "limit must be between 1 and 5000")]
    [InlineData("api/odds/value?day=2026-03-14&after=soon", 400, "after 'soon' is not a page's next_after")]
    [InlineData("api/odds/drops?day=2026-03-14&fixture_id=x", 400, "fixture_id 'x' is not an integer")]
    [InlineData("api/nothing-here", 404, "no such endpoint: GET /api/nothing-here")]
    public async Task Bad_or_unknown_reads_get_a_json_error_that_says_what_is_wrong(string path, int status, string message)
    {
        var (actualStatus, body) = await _http.GetJsonAsync(path);

        actualStatus.Should().Be(status);
        ((string)body["error"]!).Should().Contain(message);
    }

    [Fact]
    public async Task An_empty_read_model_answers_empty_lists_and_a_zero_report()
    {
        (await _http.GetOkAsync("api/settlements?after=0"))["settlements"]!.AsArray().Should().BeEmpty();
        var report = await _http.GetOkAsync("api/reports/pnl?from=2020-01-01&to=2020-01-02&by=day");
        ((int)report["total"]!["count"]!).Should().Be(0);
        report["total"]!["roi"].Should().BeNull();
    }
}

using System.Net.Http.Headers;

namespace Proppr.Node.Tests.Api;

/// <summary>The bearer token: writes and management always need it, reads only when configured so; probes never.</summary>
public sealed class AccessTests
{
    private const string Bet = """{"bet_id":"access-1","fixture_id":4506508,"scope":"match","market":"goals","selection":"over","line":2.5,"odds":1.9,"stake":10}""";

    [Fact]
    public async Task Writes_and_management_need_the_right_token_while_reads_and_probes_are_open()
    {
        await using var node = await NodeUnderTest.StartAsync();
        using var anonymous = node.Client();
        using var wrong = node.Client("not-the-token");
        using var right = node.Client(NodeUnderTest.Token);

        var (noToken, refusal) = await anonymous.PostAsync("api/bets", Bet);
        noToken.Should().Be(401);
        ((string)refusal["error"]!).Should().Contain("bearer token is required");
        var (wrongToken, wrongRefusal) = await wrong.PostAsync("api/bets", Bet);
        wrongToken.Should().Be(401);
        ((string)wrongRefusal["error"]!).Should().Be("the bearer token is wrong");
        (await anonymous.GetJsonAsync("api/manage/cluster")).Status.Should().Be(401);
        (await wrong.GetJsonAsync("api/manage/limiter")).Status.Should().Be(401);

        (await right.PostAsync("api/bets", Bet)).Status.Should().Be(200);
        (await right.GetJsonAsync("api/manage/cluster")).Status.Should().Be(200);
        (await anonymous.GetJsonAsync("api/settlements?after=0")).Status.Should().Be(200);
        (await anonymous.GetAsync("health/ready")).IsSuccessStatusCode.Should().BeTrue();
        (await anonymous.GetAsync("metrics")).IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task With_protected_reads_every_read_needs_the_token_but_probes_and_metrics_do_not()
    {
        await using var node = await NodeUnderTest.StartAsync(["--Api:ProtectReads=true"]);
        using var anonymous = node.Client();
        using var right = node.Client(NodeUnderTest.Token);

        foreach (var path in new[]
                 {
                     "api/settlements?after=0", "api/bets/x", "api/fixtures/1", "api/fixtures/1/book", "api/reports/pnl?from=2025-01-01&to=2025-01-02",
                     "api/odds/drops?day=2025-01-01", "api/odds/value?day=2025-01-01", "api/stream",
                 })
        {
            (await anonymous.GetAsync(path)).StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized, path);
        }
        (await right.GetJsonAsync("api/settlements?after=0")).Status.Should().Be(200);
        (await right.GetJsonAsync("api/odds/drops?day=2025-01-01")).Status.Should().Be(200);
        (await anonymous.GetAsync("health/live")).IsSuccessStatusCode.Should().BeTrue();
        (await anonymous.GetAsync("metrics")).IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task A_node_without_a_configured_token_refuses_writes_and_management_and_says_why()
    {
        await using var node = await NodeUnderTest.StartAsync(["--Api:Token="]);
        using var http = node.Client(NodeUnderTest.Token);

        var (status, body) = await http.PostAsync("api/bets", Bet);
        status.Should().Be(403);
        ((string)body["error"]!).Should().Contain("no API token configured");
        (await http.GetJsonAsync("api/manage/cluster")).Status.Should().Be(403);
        (await http.GetJsonAsync("api/settlements?after=0")).Status.Should().Be(200);
    }

    [Fact]
    public async Task A_token_in_another_scheme_is_not_a_bearer_token()
    {
        await using var node = await NodeUnderTest.StartAsync();
        using var http = node.Client();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", NodeUnderTest.Token);

        (await http.PostAsync("api/bets", Bet)).Status.Should().Be(401);
    }
}

using System.Globalization;
using System.Net;
using Akka.Actor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Proppr.Actors.Hosting;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.RateLimiting;

/// <summary>The handler every external HttpClient is built with, against a real server and the real limiter singleton.</summary>
public sealed class RateLimitedHandlerTests : IAsyncLifetime
{
    private const int Quota = 3;

    private readonly TempDatabaseFile _database = new();
    private readonly List<(TestNode Node, TempDatabaseFile Database)> _ownNodes = [];
    private TestNode _node = null!;
    private LoopbackServer _provider = null!;
    private int _answer = StatusCodes.Status200OK;
    private string _remaining = "4000";
    private string? _reset;

    public async Task InitializeAsync()
    {
        var settings = RateLimiterSettings.Default with
        {
            Quotas = new Dictionary<string, QuotaSettings> { [Apis.OddsApi] = new(Quota, TimeSpan.FromHours(1)) { ReserveFraction = 0 } },
        };
        _node = await TestNode.StartAsync(_database.Options, akka => akka.AddRateLimiter(settings));
        _provider = await LoopbackServer.StartAsync(routes => routes.MapGet("/odds", (HttpContext context) =>
        {
            if (_answer == StatusCodes.Status429TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "600";
            }
            context.Response.Headers["x-ratelimit-remaining"] = _remaining;
            if (_reset is not null)
            {
                context.Response.Headers["x-ratelimit-reset"] = _reset;
            }
            return Results.StatusCode(_answer);
        }));
    }

    private IActorRef Limiter => _node.Required<RateLimiter>();

    private HttpClient Client(TimeSpan maxWait) => Client(Limiter, maxWait);

    private HttpClient Client(IActorRef limiter, TimeSpan maxWait) => ExternalHttpClient.Create(
        Apis.OddsApi, _provider.BaseUrl, new ActorRateLimiterClient(limiter, TimeSpan.FromSeconds(30)), maxWait, TimeSpan.FromSeconds(10));

    /// <summary>A client whose limiter runs on a node of its own, with another odds quota than the class's.</summary>
    private async Task<HttpClient> ClientOfOwnNodeAsync(QuotaSettings odds, TimeSpan maxWait)
    {
        var database = new TempDatabaseFile();
        var node = await TestNode.StartAsync(database.Options, akka => akka.AddRateLimiter(
            RateLimiterSettings.Default with { Quotas = new Dictionary<string, QuotaSettings> { [Apis.OddsApi] = odds } }));
        _ownNodes.Add((node, database));
        return Client(node.Required<RateLimiter>(), maxWait);
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, PermitPriority priority)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "odds");
        request.Options.Set(RateLimitedHandler.PriorityOption, priority);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<ApiLimitState> OddsLimit() =>
        (await Limiter.Ask<LimiterState>(GetLimiterState.Instance, TimeSpan.FromSeconds(30))).Apis.Single(a => a.Api == Apis.OddsApi);

    [Fact]
    public async Task Requests_beyond_the_quota_are_refused_before_they_reach_the_provider()
    {
        using var client = Client(TimeSpan.FromSeconds(1));
        for (var i = 0; i < Quota; i++)
        {
            (await client.GetAsync("odds")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var act = () => client.GetAsync("odds");

        (await act.Should().ThrowAsync<RateLimitedException>()).Which.RetryAfter.Should().BeGreaterThan(TimeSpan.FromMinutes(59));
        _provider.Requests.Should().HaveCount(Quota);
        (await OddsLimit()).Used.Should().Be(Quota);
    }

    [Fact]
    public async Task A_429_is_reported_and_blocks_every_caller_until_the_providers_retry_after()
    {
        using var client = Client(TimeSpan.FromSeconds(1));
        _answer = StatusCodes.Status429TooManyRequests;

        (await client.GetAsync("odds")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        await Eventually.HoldsAsync(async () => (await OddsLimit()).BlockedUntil.Should().NotBeNull());
        _answer = StatusCodes.Status200OK;
        var act = () => client.GetAsync("odds");
        (await act.Should().ThrowAsync<RateLimitedException>()).Which.RetryAfter.Should().BeCloseTo(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30));
        _provider.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Exhausted_quota_headers_on_a_success_block_every_caller_until_the_providers_reset()
    {
        using var client = Client(TimeSpan.FromSeconds(1));
        _remaining = "0";
        var reset = DateTimeOffset.UtcNow.AddMinutes(20);
        _reset = reset.ToString("O", CultureInfo.InvariantCulture);

        (await client.GetAsync("odds")).StatusCode.Should().Be(HttpStatusCode.OK);

        await Eventually.HoldsAsync(async () => (await OddsLimit()).BlockedUntil.Should().Be(reset));
        var act = () => client.GetAsync("odds");
        (await act.Should().ThrowAsync<RateLimitedException>()).Which.RetryAfter.Should().BeCloseTo(TimeSpan.FromMinutes(20), TimeSpan.FromSeconds(30));
        _provider.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Live_requests_go_on_where_pre_match_look_ups_stop_at_the_reserve()
    {
        using var client = await ClientOfOwnNodeAsync(new QuotaSettings(4, TimeSpan.FromHours(1)) { ReserveFraction = 0.5 }, TimeSpan.FromSeconds(1));

        (await GetAsync(client, PermitPriority.Normal)).Should().Be(HttpStatusCode.OK);
        (await GetAsync(client, PermitPriority.Background)).Should().Be(HttpStatusCode.OK);
        await ((Func<Task>)(() => GetAsync(client, PermitPriority.Normal))).Should().ThrowAsync<RateLimitedException>("half the quota is kept for live work");
        (await GetAsync(client, PermitPriority.Live)).Should().Be(HttpStatusCode.OK);
        (await GetAsync(client, PermitPriority.Live)).Should().Be(HttpStatusCode.OK);
        await ((Func<Task>)(() => GetAsync(client, PermitPriority.Live))).Should().ThrowAsync<RateLimitedException>("the whole quota is used");

        _provider.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task A_caller_willing_to_wait_gets_its_permit_once_the_window_allows()
    {
        using var client = await ClientOfOwnNodeAsync(new QuotaSettings(1, TimeSpan.FromSeconds(2)) { ReserveFraction = 0 }, TimeSpan.FromSeconds(10));

        (await client.GetAsync("odds")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("odds")).StatusCode.Should().Be(HttpStatusCode.OK);

        _provider.Requests.Should().HaveCount(2);
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _node.DisposeAsync();
        _database.Dispose();
        foreach (var (node, database) in _ownNodes)
        {
            await node.DisposeAsync();
            database.Dispose();
        }
    }
}

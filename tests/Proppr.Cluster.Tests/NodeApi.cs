using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;

namespace Proppr.Cluster.Tests;

/// <summary>A node's HTTP API as an operator or a bet source uses it, with the bearer token.</summary>
public sealed class NodeApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly HttpClient _http;

    public NodeApi(Uri baseUrl, string token)
    {
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Uri BaseUrl => _http.BaseAddress!;

    public async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await _http.GetAsync("health/ready");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Posts bets as JSON lines; each comes back accepted, duplicate, unavailable (send again) or rejected.</summary>
    public async Task<IReadOnlyList<IntakeResult>> PostBetsAsync(IEnumerable<Bet> bets)
    {
        var lines = string.Join('\n', bets.Select(BetWriter.ToJsonLine));
        using var response = await _http.PostAsync("api/bets", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IntakeResponse>(Json))!.Results;
    }

    public Task<ShardMap> ShardsAsync() => GetAsync<ShardMap>("api/manage/shards");

    public async Task<IReadOnlyList<Member>> MembersAsync() => (await GetAsync<MemberList>("api/manage/cluster")).Members;

    /// <summary>A fixture as its actor holds it (its bets, open and settled).</summary>
    public Task<FixtureView> FixtureAsync(long fixtureId) => GetAsync<FixtureView>($"api/fixtures/{fixtureId}");

    public Task<LimiterView> LimiterAsync() => GetAsync<LimiterView>("api/manage/limiter");

    public void Dispose() => _http.Dispose();

    private async Task<T> GetAsync<T>(string path) => (await _http.GetFromJsonAsync<T>(path, Json))!;

    private sealed record IntakeResponse(IReadOnlyList<IntakeResult> Results);

    private sealed record MemberList(IReadOnlyList<Member> Members);
}

public sealed record IntakeResult(string BetId, string Status, string? Reason, string? Detail)
{
    public bool Confirmed => Status is "accepted" or "duplicate";
}

public sealed record Member(string Address, string Status, bool Reachable);

/// <summary>How fixture shards spread over the nodes, and the fixtures living on the node that answered.</summary>
public sealed record ShardMap(IReadOnlyList<RegionShards> Nodes, IReadOnlyList<LocalShard> SelfShards)
{
    public IReadOnlyList<long> SelfFixtures =>
        [.. SelfShards.SelectMany(shard => shard.Fixtures).Select(id => long.Parse(id, CultureInfo.InvariantCulture))];

    public RegionShards? On(string address) => Nodes.FirstOrDefault(node => node.Address == address);
}

public sealed record RegionShards(string Address, int Shards, int Fixtures);

public sealed record LocalShard(string ShardId, IReadOnlyList<string> Fixtures);

public sealed record LimiterView(IReadOnlyList<ApiLimitView> Apis)
{
    public ApiLimitView Of(string api) => Apis.Single(a => a.Api == api);
}

public sealed record ApiLimitView(string Api, int Used, int? Limit, double WindowSeconds);

public sealed record FixtureView(long FixtureId, string? Status, IReadOnlyList<object> OpenBets, IReadOnlyList<object> SettledBets);

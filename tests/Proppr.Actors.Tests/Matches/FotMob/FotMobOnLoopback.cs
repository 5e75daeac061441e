using Akka.Actor;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches.FotMob;
using Proppr.Actors.RateLimiting;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.Matches.FotMob;

/// <summary>
/// What the FotMob client tests share: FotMob on a loopback Kestrel (<see cref="FotMobStandIn"/>, serving the saved
/// payloads) and the real rate limiter singleton on a one-node cluster with its journal in a temporary folder.
/// </summary>
internal sealed class FotMobOnLoopback : IAsyncDisposable
{
    private readonly TempDatabaseFile _database = new();
    private TestNode _node = null!;

    private FotMobOnLoopback()
    {
    }

    public FotMobStandIn FotMob { get; private set; } = null!;

    /// <summary>Client options that point at the stand-in.</summary>
    public FotMobClientOptions Options => new() { BaseUrl = FotMob.BaseUrl };

    /// <summary>A client of the limiter singleton, as production gives one to each FotMob client.</summary>
    public IRateLimiterClient Limiter => new ActorRateLimiterClient(_node.Required<RateLimiter>(), TimeSpan.FromSeconds(5));

    public static async Task<FotMobOnLoopback> StartAsync(RateLimiterSettings limits)
    {
        var loopback = new FotMobOnLoopback();
        loopback._node = await TestNode.StartAsync(loopback._database.Options, akka => akka.AddRateLimiter(limits));
        loopback.FotMob = await FotMobStandIn.StartAsync();
        return loopback;
    }

    /// <summary>FotMob's policy as the limiter holds it now.</summary>
    public async Task<ApiLimitState> FotMobLimitAsync() =>
        (await _node.Required<RateLimiter>().Ask<LimiterState>(GetLimiterState.Instance, TimeSpan.FromSeconds(5))).Apis.Single(a => a.Api == Apis.FotMob);

    /// <summary>Writes a file (a cookies file) into the test's temporary folder and returns its path.</summary>
    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Path.GetDirectoryName(_database.Path)!, name);
        File.WriteAllText(path, text);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await FotMob.DisposeAsync();
        await _node.DisposeAsync();
        _database.Dispose();
    }
}

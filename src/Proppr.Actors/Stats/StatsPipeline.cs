using System.Collections.Immutable;
using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Hosting;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// Keeps the stats tables and the projections of upcoming fixtures (a cluster singleton: one writer), fed by each
/// node's <see cref="MatchDetailsForwarder"/> and the daily <see cref="LeagueCrawler"/>. Records each
/// finished match and refreshes the projections of the fixtures its teams play next; computes a fixture's projections
/// when its pre-match snapshot arrives, again before kickoff (a timer per fixture), and all of them on a daily timer.
/// Timers run on the actor system's scheduler. The rules are in <see cref="RollingAverages"/> and <see cref="LinePredictor"/>.
/// </summary>
public sealed class StatsPipeline : ReceiveActor, IWithTimers, IWithStash
{
    private const string DailyTimer = "daily";
    private const string StartTimer = "start";

    /// <summary>How long to wait before reading the upcoming fixtures again (the database was unreachable).</summary>
    private static readonly TimeSpan StartRetry = TimeSpan.FromSeconds(10);

    /// <summary>A fixture still counts as upcoming for this long after kickoff, until its result is recorded.</summary>
    private static readonly TimeSpan KickoffGrace = TimeSpan.FromHours(3);

    private readonly StatsSettings _settings;
    private readonly StatsStore _store;
    private readonly StatsQueries _queries;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private StatsProgress _progress = new(0, 0, null);

    public StatsPipeline(StatsSettings settings, StatsStore store, StatsQueries queries)
    {
        _settings = settings;
        _store = store;
        _queries = queries;

        Starting();
    }

    public static Props Props(StatsSettings settings, StatsStore store, StatsQueries queries) =>
        Akka.Actor.Props.Create(() => new StatsPipeline(settings, store, queries));

    public ITimerScheduler Timers { get; set; } = null!;

    public IStash Stash { get; set; } = null!;

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    /// <summary>Until the upcoming fixtures' refreshes are armed, work waits in the stash (a match recorded now is not lost).</summary>
    private void Starting()
    {
        ReceiveAsync<Start>(async _ =>
        {
            if (await Guarded("reading the upcoming fixtures", StartAsync))
            {
                Become(Ready);
                Stash.UnstashAll();
            }
            else
            {
                Timers.StartSingleTimer(StartTimer, Start.Instance, StartRetry);
            }
        });
        Receive<GetStatsProgress>(_ => Sender.Tell(_progress));
        ReceiveAny(_ => Stash.Stash());
    }

    /// <summary>One message at a time, each to the end: the tables see one writer, in order.</summary>
    private void Ready()
    {
        ReceiveAsync<RecordMatchStats>(record => Guarded($"recording match {record.Record.FixtureId}", () => RecordAsync(record.Record)));
        ReceiveAsync<TrackUpcomingFixture>(track => Guarded($"tracking fixture {track.Fixture.FixtureId}", () => TrackAsync(track.Fixture)));
        ReceiveAsync<RefreshFixture>(refresh => Guarded($"refreshing fixture {refresh.FixtureId}", () => RefreshOneAsync(refresh.FixtureId)));
        ReceiveAsync<RefreshAll>(_ => Guarded("the daily refresh", RefreshAllAsync));
        Receive<GetStatsProgress>(_ => Sender.Tell(_progress));
    }

    protected override void PreStart()
    {
        Self.Tell(Start.Instance);
        Timers.StartPeriodicTimer(DailyTimer, RefreshAll.Instance, _settings.RefreshEvery);
    }

    /// <summary>A failure is logged and remembered; the message is dropped, the pipeline carries on. True when it worked.</summary>
    private async Task<bool> Guarded(string what, Func<Task> work)
    {
        try
        {
            await work();
            return true;
        }
        catch (Exception e)
        {
            _log.Error(e, "Stats pipeline failed {0}", what);
            _progress = _progress with { LastError = $"{what}: {e.Message}" };
            return false;
        }
    }

    private async Task StartAsync()
    {
        // A hand-over loses the timers: arm the kickoff refreshes again from the table.
        foreach (var fixture in await _queries.UnplayedAsync(Now - KickoffGrace, CancellationToken.None))
        {
            ArmKickoffRefresh(fixture);
        }
    }

    private async Task RecordAsync(MatchStatsRecord record)
    {
        await _store.SaveMatchAsync(record, CancellationToken.None);
        _progress = _progress with { MatchesRecorded = _progress.MatchesRecorded + 1 };
        var teams = record.Teams.Select(t => t.TeamId).ToArray();
        foreach (var fixture in await _queries.UnplayedAsync(Now - KickoffGrace, teams, CancellationToken.None))
        {
            await ProjectAsync(fixture);
        }
    }

    private async Task TrackAsync(UpcomingFixture fixture)
    {
        await _store.SaveUpcomingAsync(fixture, CancellationToken.None);
        await ProjectAsync(fixture);
        ArmKickoffRefresh(fixture);
    }

    private async Task RefreshOneAsync(long fixtureId)
    {
        if (await _queries.UpcomingAsync(fixtureId, CancellationToken.None) is { } fixture)
        {
            await ProjectAsync(fixture);
        }
    }

    private async Task RefreshAllAsync()
    {
        foreach (var fixture in await _queries.UnplayedAsync(Now - KickoffGrace, CancellationToken.None))
        {
            await ProjectAsync(fixture);
        }
    }

    private void ArmKickoffRefresh(UpcomingFixture fixture)
    {
        var wait = fixture.Kickoff - _settings.BeforeKickoff - Now;
        if (wait > TimeSpan.Zero)
        {
            Timers.StartSingleTimer($"kickoff-{fixture.FixtureId}", new RefreshFixture(fixture.FixtureId), wait);
        }
    }

    private async Task ProjectAsync(UpcomingFixture fixture)
    {
        var none = CancellationToken.None;
        var home = await _queries.TeamAveragesAsync(fixture.HomeId, none);
        var away = await _queries.TeamAveragesAsync(fixture.AwayId, none);
        var lines = LinePredictor.Lines(Window(home, _settings.TeamWindow), Window(away, _settings.TeamWindow));

        var players = fixture.Players.IsEmpty
            ? [.. await _queries.LatestPlayersAsync(fixture.HomeId, none), .. await _queries.LatestPlayersAsync(fixture.AwayId, none)]
            : fixture.Players;
        var known = await _queries.PlayerAveragesAsync(players.Select(p => p.PlayerId), none);
        var projections = ImmutableArray.CreateBuilder<PlayerProjection>();
        foreach (var player in players)
        {
            if (!known.TryGetValue(player.PlayerId, out var playerAverages))
            {
                continue;
            }
            foreach (var stat in StatsCatalog.ProjectedPlayerStats)
            {
                if (playerAverages.TryGetValue((Betting.BetPeriod.FullTime, stat), out var averages) &&
                    LinePredictor.Player(player.PlayerId, player.PlayerName, player.TeamId, stat, averages.Pick(_settings.PlayerWindow)) is { } projection)
                {
                    projections.Add(projection);
                }
            }
        }
        await _store.SaveProjectionsAsync(fixture.FixtureId, lines, projections.ToImmutable(), Now, none);
        _progress = _progress with { ProjectionsComputed = _progress.ProjectionsComputed + 1 };
    }

    private static Dictionary<(Betting.BetPeriod Period, Stat Stat), WindowAverage> Window(
        IReadOnlyDictionary<(Betting.BetPeriod Period, Stat Stat), AverageSet> averages, AverageWindow window) =>
        averages.ToDictionary(entry => entry.Key, entry => entry.Value.Pick(window));

    private sealed class Start : INoSerializationVerificationNeeded
    {
        public static readonly Start Instance = new();
    }

    private sealed class RefreshAll : INoSerializationVerificationNeeded
    {
        public static readonly RefreshAll Instance = new();
    }

    private sealed record RefreshFixture(long FixtureId) : INoSerializationVerificationNeeded;
}

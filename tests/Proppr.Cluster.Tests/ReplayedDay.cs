using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.FotMob;
using Proppr.Replay.Bets;
using Proppr.Replay.Generation;
using Proppr.Replay.Server;
using Proppr.Replay.Timeline;
using Proppr.TestSupport;

namespace Proppr.Cluster.Tests;

/// <summary>
/// A generated match day and its bets, served by the replay's FotMob-shaped server on a port chosen up front (the
/// nodes are told where FotMob is before the replay starts), on a fast replay clock.
/// </summary>
public sealed class ReplayedDay : IAsyncDisposable
{
    private readonly int _port = FreePort.Next();
    private ReplayServer? _server;

    private ReplayedDay(MatchDay day, IReadOnlyList<Bet> bets)
    {
        Day = day;
        Bets = bets;
    }

    public MatchDay Day { get; }

    /// <summary>Every bet of the day, in placement order; all name their FotMob fixture.</summary>
    public IReadOnlyList<Bet> Bets { get; }

    public Uri FotMobUrl => new($"http://127.0.0.1:{_port}/");

    public ReplayClock Clock => Server.Clock;

    public ReplayServer Server => _server ?? throw new InvalidOperationException("the replay has not started");

    /// <summary>All fixtures kick off together, so "mid-match" is one moment for every fixture.</summary>
    public static ReplayedDay Generate(int seed, int fixtures, int bets)
    {
        var day = MatchDayGenerator.Generate(new MatchDayOptions
        {
            Seed = seed,
            Fixtures = fixtures,
            FirstKickoff = new TimeOnly(15, 0),
            LastKickoff = new TimeOnly(15, 0),
            // The feed's quirks at their real rates; corrections all before the first check, the one these runs rely on.
            LateCorrectionShare = 0,
        });
        // No bet names its fixture only by odds event id: these nodes run no fixture resolver.
        return new ReplayedDay(day, BetGenerator.Generate(day, new BetGeneratorOptions { Seed = seed, Count = bets, OddsIdOnlyShare = 0 }));
    }

    /// <summary>Starts the clock <paramref name="lead"/> (match-day time) before the kickoffs, and the server.</summary>
    public async Task StartAsync(double speed, TimeSpan lead) =>
        _server = await ReplayServer.StartAsync(Day, ReplayClock.ForDay(Day, speed, lead), new ReplayServerOptions { Port = _port });

    public DateTimeOffset Kickoff => Day.Matches.Min(match => match.Kickoff);

    /// <summary>The last moment any fixture's facts change: the end of its play (a shoot-out's last kick), or its correction after it.</summary>
    public DateTimeOffset LastFactChange => Day.Matches.Where(m => !m.Postponed).Select(m => new MatchSchedule(m))
        .Max(schedule => schedule.CorrectionAt ?? schedule.End);

    /// <summary>
    /// Fixtures whose feed takes back a fact a bet may already be settled on: a stat correction after full time, a goal
    /// or card changed by VAR, or extra time (FotMob's player stats are whole-match, so they move on after the 90 minutes
    /// a bet was first settled on). Only these may re-settle a bet.
    /// </summary>
    public IReadOnlyList<long> RevisedFixtures => [.. Day.Matches
        .Where(m => m.Correction is not null || m.Quirks.GoalCancelledByVar is not null || m.Quirks.CardChangedByVar is not null || m.Quirks.Shootout is not null)
        .Select(m => m.MatchId)];

    /// <summary>The match as FotMob serves it now, parsed the way the nodes parse it.</summary>
    public async Task<MatchDetails> SnapshotAsync(long fixtureId)
    {
        using var http = new HttpClient { BaseAddress = FotMobUrl };
        return FotMobParser.Parse(await http.GetStringAsync(new FotMobClientOptions().PathFor(fixtureId).TrimStart('/')));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

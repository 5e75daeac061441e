using System.Globalization;
using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// Crawls the configured leagues for the stats pipeline (a cluster singleton beside it): daily, it reads the day
/// listings <see cref="LeagueCrawlPlan"/> names and fetches the matches it picks, one request at a time, each asking
/// the rate limiter at normal priority; a finished match goes to the pipeline as <see cref="RecordMatchStats"/>, an
/// upcoming one as <see cref="TrackUpcomingFixture"/> and is fetched again before kickoff. When the limiter says "not
/// now" the queue waits that long on a timer; a bad answer (a malformed listing or match) is logged and skipped, and
/// the crawl goes on. All timers run on the actor system's scheduler.
/// </summary>
public sealed class LeagueCrawler : ReceiveActor, IWithTimers
{
    private const string DailyTimer = "daily";

    private readonly LeagueCrawlPlan _plan;
    private readonly ILeagueFeed _feed;
    private readonly StatsQueries _queries;
    private readonly IActorRef _pipeline;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly LinkedList<CrawlStep> _queue = new();
    private CrawlProgress _progress = new(0, 0, 0, null, 0, null);

    /// <summary>A <see cref="Continue"/> is in the mailbox or on a timer: the queue is being worked.</summary>
    private bool _working;

    public LeagueCrawler(LeagueCrawlSettings settings, ILeagueFeed feed, StatsQueries queries, IActorRef pipeline)
    {
        _plan = new LeagueCrawlPlan(settings);
        _feed = feed;
        _queries = queries;
        _pipeline = pipeline;

        Receive<CrawlNow>(_ => Crawl());
        Receive<RefreshMatch>(refresh => Enqueue(new CrawlStep(null, refresh.MatchId)));
        ReceiveAsync<Continue>(_ => StepAsync());
        Receive<GetCrawlProgress>(_ => Sender.Tell(_progress with { Queued = _queue.Count }));
    }

    public static Props Props(LeagueCrawlSettings settings, ILeagueFeed feed, StatsQueries queries, IActorRef pipeline) =>
        Akka.Actor.Props.Create(() => new LeagueCrawler(settings, feed, queries, pipeline));

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    protected override void PreStart() => ArmDaily();

    private void ArmDaily()
    {
        if (!_plan.Enabled)
        {
            return;
        }
        var next = _plan.NextRun(Now);
        _progress = _progress with { NextCrawl = next };
        Timers.StartSingleTimer(DailyTimer, CrawlNow.Instance, next - Now);
    }

    private void Crawl()
    {
        _log.Info("League crawl started");
        foreach (var day in _plan.Days(Now))
        {
            Enqueue(new CrawlStep(day, null));
        }
        ArmDaily();
    }

    private void Enqueue(CrawlStep step)
    {
        if (!_queue.Contains(step))
        {
            _queue.AddLast(step);
        }
        if (!_working)
        {
            _working = true;
            Self.Tell(Continue.Instance);
        }
    }

    /// <summary>One listing or match per message, so progress questions and timers are answered in between.</summary>
    private async Task StepAsync()
    {
        if (_queue.First is not { } first)
        {
            _working = false;
            return;
        }
        var step = first.Value;
        try
        {
            await (step.Day is { } day ? ReadListingAsync(day) : ReadMatchAsync(step.MatchId!.Value));
            _queue.RemoveFirst();
        }
        catch (MatchDataUnavailableException e) when (e.RetryAfter is { } wait)
        {
            // Not now (no permit, or FotMob's 429): the same step again once the wait is over.
            _log.Info("League crawl waits {0} before {1}: {2}", wait, step, e.Message);
            Timers.StartSingleTimer("retry", Continue.Instance, wait);
            return;
        }
        catch (Exception e)
        {
            _log.Error(e, "League crawl skipped {0}: {1}", step, e.Message);
            _progress = _progress with { Failures = _progress.Failures + 1, LastError = $"{step}: {e.Message}" };
            _queue.RemoveFirst();
        }
        Self.Tell(Continue.Instance);
    }

    private async Task ReadListingAsync(DateOnly day)
    {
        var listed = await _feed.ListingAsync(day, CancellationToken.None);
        _progress = _progress with { ListingsRead = _progress.ListingsRead + 1 };
        var recorded = await _queries.RecordedAsync(listed.Select(c => c.MatchId), CancellationToken.None);
        foreach (var target in _plan.Pick(listed, recorded, Now))
        {
            Enqueue(new CrawlStep(null, target.MatchId));
        }
    }

    private async Task ReadMatchAsync(long matchId)
    {
        var match = await _feed.MatchAsync(matchId, CancellationToken.None);
        _progress = _progress with { MatchesRead = _progress.MatchesRead + 1 };
        if (PipelineMessage.For(match) is not { } message)
        {
            return;
        }
        _pipeline.Tell(message);
        if (message is TrackUpcomingFixture track && _plan.RefreshIn(track.Fixture.Kickoff, Now) is { } wait)
        {
            Timers.StartSingleTimer($"refresh-{matchId}", new RefreshMatch(matchId), wait);
        }
    }

    /// <summary>A day's listing or one match: exactly one of the two is set.</summary>
    private sealed record CrawlStep(DateOnly? Day, long? MatchId)
    {
        public override string ToString() =>
            Day is { } day ? "the listing of " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"match {MatchId}";
    }

    private sealed class CrawlNow : INoSerializationVerificationNeeded
    {
        public static readonly CrawlNow Instance = new();
    }

    private sealed class Continue : INoSerializationVerificationNeeded
    {
        public static readonly Continue Instance = new();
    }

    private sealed record RefreshMatch(long MatchId) : INoSerializationVerificationNeeded;
}

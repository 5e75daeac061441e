using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Event;
using Akka.Hosting;
using Akka.Persistence;
using Proppr.Actors.Betting;
using Proppr.Actors.Matches;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.Odds;
using Proppr.Actors.RateLimiting;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// One fixture (a FotMob match), sharded by its id and event-sourced: it tracks bets, polls match data on its own
/// schedule, hands each new match-details payload to its <see cref="BetGrader"/> children, and persists their decisions of a round
/// in one batch. Odds ticks from the feed update its book (<see cref="FixtureOdds"/>). Rules live in
/// <see cref="FixtureState"/>, <see cref="PollSchedule"/>, <see cref="FixtureOdds"/> and the <see cref="Settler"/>;
/// this class sequences messages, writes and timers. A fixture whose match id stops answering (404, or another match's
/// payload) asks the <see cref="FixtureResolver"/> where its match went and moves its open bets there (<see cref="BetsMoved"/>).
/// In play, odds that tell of an event (<see cref="EventTell"/>) a bet may hang on make it ask for its match at once
/// (<see cref="SignalledPolls"/>), counting the events told of that the match data does not show yet.
/// </summary>
public sealed class FixtureActor : ReceivePersistentActor, IWithTimers
{
    private const string PollTimer = "poll";
    private const string RoundTimer = "round";
    private const string CloseTimer = "close-lines";
    private const string MoveTimer = "move";
    private const string SignalTimer = "odds-signal";
    private const string SignalledPollTimer = "odds-poll";

    private readonly long _fixtureId;
    private readonly IMatchDataSource _matchData;
    private readonly FixtureSettings _settings;
    private readonly Settler _settler;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Dictionary<string, IActorRef> _graders = new(StringComparer.Ordinal);
    private readonly FixtureOdds _odds;
    private readonly EventTell _tell;
    private readonly SignalledPolls _signalled;

    /// <summary>What the odds told of since the match data last caught up: events that may already count for a bet.</summary>
    private readonly List<OddsTold> _unseen = [];

    private FixtureState _state;
    private MatchData? _latest;
    private GradingRound? _round;
    private readonly HashSet<string> _ungraded = new(StringComparer.Ordinal);
    private bool _fetching;
    private string _fetchReason = RefreshReasons.Scheduled;
    private (DateTimeOffset At, string Reason)? _refreshed;
    private DateTimeOffset _pollDue;
    private int _failedFetches;
    private int _answersNotThisMatch;
    private string _lostBecause = MoveReasons.NotFound;
    private bool _deliveringMovedBets;
    private long _roundCounter;
    private long _lastSnapshotSequenceNr;
    private PendingWrite? _write;

    public FixtureActor(long fixtureId, IMatchDataSource matchData, FixtureSettings settings)
    {
        _fixtureId = fixtureId;
        _matchData = matchData;
        _settings = settings;
        _settler = new Settler(settings.Policy);
        _state = new FixtureState(fixtureId);
        _odds = new FixtureOdds(settings.Odds);
        _tell = new EventTell(settings.Odds);
        _signalled = new SignalledPolls(settings);

        Recover<SnapshotOffer>(offer =>
        {
            _state = FixtureState.FromSnapshot((FixtureSnapshot)offer.Snapshot);
            _lastSnapshotSequenceNr = offer.Metadata.SequenceNr;
        });
        Recover<IFixtureEvent>(e => _state.Apply(e));
        Recover<RecoveryCompleted>(_ => OnRecovered());

        Command<TrackBets>(Track);
        Command<GetFixture>(_ => Sender.Tell(View()));
        Command<GetBet>(Find);
        Command<RefreshMatch>(_ => PollNow());
        Command<ApplyOdds>(OnOdds);
        Command<GetFixtureOdds>(_ => Sender.Tell(_odds.View(_fixtureId, MarketNow, _state.Bets)));
        Command<CloseLinesDue>(_ => CloseLinesWhenDue());
        Command<SignalDue>(_ => AnnounceOdds());
        Command<Poll>(_ => Fetch(RefreshReasons.Scheduled));
        Command<SignalledPoll>(_ => Fetch(RefreshReasons.Odds));
        Command<MatchDataArrived>(arrived => OnMatchData(arrived.Data));
        Command<MatchDataFailed>(failed => OnFetchFailed(failed.Error));
        Command<Graded>(OnGraded);
        Command<FixtureRelocated>(OnRelocated);
        Command<DeliverMovedBets>(_ => DeliverMoved());
        Command<MovedBetsDelivered>(OnMovedBetsDelivered);
        Command<RoundTimedOut>(timedOut => { if (_round?.Id == timedOut.Round) { FinishRound(); } });
        Command<StopFixture>(_ => Context.Stop(Self));
        Command<SaveSnapshotSuccess>(OnSnapshotSaved);
        Command<SaveSnapshotFailure>(failure => _log.Warning("Snapshot of fixture {0} failed: {1}", _fixtureId, failure.Cause.Message));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(failure => _log.Warning("Older snapshots of fixture {0} not deleted: {1}", _fixtureId, failure.Cause.Message));
    }

    public static Props Props(long fixtureId, IMatchDataSource matchData, FixtureSettings settings) =>
        Akka.Actor.Props.Create(() => new FixtureActor(fixtureId, matchData, settings));

    public static string PersistenceIdFor(long fixtureId) => $"fixture-{fixtureId}";

    public override string PersistenceId => PersistenceIdFor(_fixtureId);

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    /// <summary>The matches' and markets' clock (<see cref="FixtureSettings.MarketTime"/>): prices, closing lines, settlements.</summary>
    private DateTimeOffset MarketNow => _settings.MarketTime?.GetUtcNow() ?? Now;

    private void OnRecovered()
    {
        foreach (var bet in _state.Bets.Where(bet => bet.IsGradedHere))
        {
            StartGrader(bet);
        }
        _log.Info("Fixture {0} recovered: {1} bets, status {2}", _fixtureId, _state.BetCount, _state.Status);
        if (_state.MovedTo is not null)
        {
            // Its bets were moved; the hand-over may not have been acknowledged before the crash.
            DeliverMoved();
            return;
        }
        SchedulePoll(TimeSpan.Zero);
    }

    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        Context.System.EventStream.Publish(new FixtureRecoveryFailed(_fixtureId, reason.GetBaseException().Message));
        base.OnRecoveryFailure(reason, message);
    }

    // ---- bets ----

    private void Track(TrackBets command)
    {
        // A command deserialized without its bets carries a default array: nothing to track, but still an answer.
        var bets = command.Bets.IsDefault ? [] : command.Bets;
        var outcomes = _state.Track([.. bets.Select(WithScoreAtPlacement)], out var accepted);
        var reply = new BetsTracked(_fixtureId, outcomes);
        if (accepted.Count == 0)
        {
            Sender.Tell(reply);
            return;
        }
        var sender = Sender;
        if (_state.MovedTo is { } movedTo)
        {
            FollowMove(movedTo, accepted, sender, reply);
            return;
        }
        var hadBets = PollSchedule.HasBets(_state);
        // The batch is one journal row, however many bets it holds.
        PersistThen([new BetsTrackedTogether(_fixtureId, [.. accepted])], refused: () => sender.Tell(NotWritten(reply)), then: () =>
        {
            foreach (var bet in accepted.Where(FixtureState.Grades))
            {
                StartGrader(_state.Find(bet.BetId)!);
                _ungraded.Add(bet.BetId);
            }
            sender.Tell(reply);
            GradeUngraded();
            CloseLinesWhenDue();
            if (!hadBets)
            {
                // Without bets the fixture looked at its match rarely (PollSchedule): its data may be old.
                PollNow();
            }
        });
    }

    /// <summary>The answer when the journal refused the batch: the bets it would have accepted are rejected, saying so.</summary>
    private static BetsTracked NotWritten(BetsTracked reply) => reply with
    {
        Outcomes = [.. reply.Outcomes.Select(outcome => outcome.Status == TrackStatus.Accepted
            ? outcome with { Status = TrackStatus.Rejected, Reason = SettlementReasons.NotWritten }
            : outcome)],
    };

    /// <summary>
    /// An in-play Asian handicap counts goals after placement: one struck now takes the score now. One struck earlier
    /// (an import, a delayed feed) is left to the rule, which reads the score for its <c>placed_at</c> from the match.
    /// </summary>
    private Bet WithScoreAtPlacement(Bet bet)
    {
        if (bet.Market != Market.AsianHandicap || _latest is not { } latest || !latest.Details.Status.IsInPlay())
        {
            return bet;
        }
        return bet.PlacedAt is null || bet.PlacedAt >= MarketNow ? bet with { ScoreAtPlacement = latest.Details.Score } : bet;
    }

    private void StartGrader(TrackedBet bet)
    {
        var name = "bet-" + Uri.EscapeDataString(bet.Bet.BetId);
        _graders[bet.Bet.BetId] = Context.ActorOf(BetGrader.Props(bet.Bet, _settler), name);
    }

    private void Find(GetBet query)
    {
        var bet = _state.Find(query.BetId);
        Sender.Tell(bet is null ? new BetNotFound(_fixtureId, query.BetId) : new BetView(bet.Bet, bet.Latest, bet.Closing, bet.MovedTo));
    }

    private FixtureView View() => new(
        _fixtureId,
        _latest?.Details.Status ?? _state.Status,
        _latest?.Details.Clock ?? _state.Clock,
        _latest?.Details.Score ?? _state.Score,
        _state.Home,
        _state.Away,
        _state.Kickoff,
        [.. _state.Bets.Select(b => new BetView(b.Bet, b.Latest, b.Closing, b.MovedTo))],
        _state.CorrectionChecksDone,
        Grading: _round is not null || _ungraded.Count > 0 || _write is not null,
        RefreshedAt: _refreshed?.At,
        RefreshedBecause: _refreshed?.Reason);

    // ---- match data ----

    private void PollNow()
    {
        Timers.Cancel(PollTimer);
        Fetch(RefreshReasons.Scheduled);
    }

    /// <summary>Asks for the match data unless a request is under way; an event the odds told of asks at live priority.</summary>
    private void Fetch(string reason)
    {
        if (_fetching || _state.MovedTo is not null)
        {
            return;
        }
        _fetching = true;
        _fetchReason = reason;
        var priority = reason == RefreshReasons.Odds ? PermitPriority.Live : PollSchedule.Priority(_state, Now, _settings, Decidable());
        _matchData.FetchAsync(_fixtureId, priority, CancellationToken.None).PipeTo(
            Self,
            success: data => new MatchDataArrived(data),
            failure: error => new MatchDataFailed(error));
    }

    private void OnFetchFailed(Exception error)
    {
        _fetching = false;
        if (_state.MovedTo is not null)
        {
            return;
        }
        if (error is MatchNotFoundException)
        {
            NotThisMatch(MoveReasons.NotFound);
        }
        RetryLater(error.Message, (error as MatchDataUnavailableException)?.RetryAfter);
    }

    /// <summary>The next poll after an answer that gave nothing, later each time in a row.</summary>
    private void RetryLater(string why, TimeSpan? providerAsked)
    {
        _failedFetches++;
        var wait = PollSchedule.AfterFailure(_state, _failedFetches, providerAsked, _settings);
        _log.Warning("Match data for fixture {0} unavailable ({1}); retrying in {2}", _fixtureId, why, wait);
        SchedulePoll(wait);
    }

    private void OnMatchData(MatchData data)
    {
        _fetching = false;
        if (_state.MovedTo is not null)
        {
            return;
        }
        if (data.Details.FixtureId != _fixtureId)
        {
            NotThisMatch(MoveReasons.AnotherMatch);
            RetryLater($"FotMob answered match {_fixtureId} with match {data.Details.FixtureId}", providerAsked: null);
            return;
        }
        _failedFetches = 0;
        _answersNotThisMatch = 0;
        // Fresh data: the next scheduled poll counts from here, whatever asked for this one.
        Timers.Cancel(PollTimer);
        _refreshed = (MarketNow, _fetchReason);
        if (_signalled.InEpisode && _signalled.Answered(Now, SignalledPolls.Events(data.Details)) is { } followUp)
        {
            Timers.StartSingleTimer(SignalledPollTimer, SignalledPoll.Instance, followUp);
        }
        else
        {
            // The match data has caught up with the odds, or the episode gave up waiting for it.
            _unseen.Clear();
        }
        var events = new List<IFixtureEvent>();
        var changed = _latest?.Fingerprint != data.Fingerprint;
        if (changed && StateTransition(data.Details) is { } transition)
        {
            events.Add(transition);
        }
        // The check counts as made when its payload arrives; a crash before the grades are written is healed by the
        // poll every recovery starts with.
        if (PollSchedule.DueCorrectionCheck(_state, Now, _settings) is { } check)
        {
            events.Add(new CorrectionCheckCompleted(_fixtureId, check, Now));
        }
        if (changed)
        {
            _latest = data;
            _ungraded.UnionWith(_graders.Keys);
            Context.System.EventStream.Publish(new MatchDetailsPublished(data.Details));
        }
        else if (data.Details.Status == MatchStatus.Postponed)
        {
            // A postponement is decided by the clock (the window runs out), not by a new payload.
            _ungraded.UnionWith(_state.Bets.Where(bet => !bet.IsDecided).Select(bet => bet.Bet.BetId));
        }
        PersistThen(events, () =>
        {
            if (_ungraded.Count > 0 && _round is null)
            {
                GradeUngraded();
            }
            else if (_round is null)
            {
                ScheduleNextPoll();
            }
        });
        // A close waiting for its timer is also looked at on each poll: the market's clock may run faster (the demo's).
        if (Timers.IsTimerActive(CloseTimer))
        {
            CloseLinesWhenDue();
        }
    }

    /// <summary>A journal entry when the match changed state or score; minute ticks alone are not transitions.</summary>
    private MatchStateChanged? StateTransition(MatchDetails match)
    {
        var changed = _state.Status != match.Status || _state.Score != match.Score ||
                      _state.Home != match.Home.Name || _state.Away != match.Away.Name || _state.Kickoff != match.Kickoff;
        return changed
            ? new MatchStateChanged(_fixtureId, match.Status, match.Clock, match.Score, match.Home.Name, match.Away.Name, match.Kickoff, Now)
            : null;
    }

    // ---- a match id that stopped answering: find the match, move the open bets there ----

    /// <summary>
    /// One more answer that is not this fixture's match. After <see cref="FixtureSettings.RelocateAfter"/> in a row the
    /// resolver is asked where the match went, and again after each further one (it answers a known move at once).
    /// </summary>
    private void NotThisMatch(string reason)
    {
        _lostBecause = reason;
        if (++_answersNotThisMatch < _settings.RelocateAfter || _state.OpenBetIds().IsEmpty)
        {
            return;
        }
        // The resolver is started after the fixture region (it needs it), so it is looked up when needed.
        if (!ActorRegistry.For(Context.System).TryGet<FixtureResolver>(out var resolver))
        {
            _log.Warning("Fixture {0}: {1} answers were not its match, and this node has no fixture resolver to ask", _fixtureId, _answersNotThisMatch);
            return;
        }
        _log.Warning("Fixture {0}: {1} answers in a row were not its match ({2}); asking where it went", _fixtureId, _answersNotThisMatch, reason);
        resolver.Tell(_state.Relocation());
    }

    /// <summary>The match is <see cref="FixtureRelocated.ToFixtureId"/>: the open bets move there, the audit event first.</summary>
    private void OnRelocated(FixtureRelocated relocated)
    {
        if (relocated.ToFixtureId == _fixtureId)
        {
            return;
        }
        if (_state.MovedTo is { } movedTo)
        {
            if (movedTo != relocated.ToFixtureId)
            {
                _log.Warning("Fixture {0} moved its bets to {1} already; ignoring a later answer of {2}", _fixtureId, movedTo, relocated.ToFixtureId);
            }
            DeliverMoved();
            return;
        }
        var open = _state.OpenBetIds();
        if (open.IsEmpty)
        {
            return;
        }
        PersistThen([new BetsMoved(_fixtureId, relocated.ToFixtureId, open, _lostBecause, MarketNow)], () =>
        {
            _log.Warning("Fixture {0} stopped answering ({1}): {2} open bets moved to fixture {3}", _fixtureId, _lostBecause, open.Length, relocated.ToFixtureId);
            Timers.Cancel(PollTimer);
            foreach (var betId in open)
            {
                StopGrading(betId);
            }
            DeliverMoved();
        });
    }

    /// <summary>Bets that come after the move are tracked here (their duplicates answered here) and follow it.</summary>
    private void FollowMove(long movedTo, List<Bet> accepted, IActorRef sender, BetsTracked reply)
    {
        var following = accepted.Where(FixtureState.Grades).Select(bet => bet.BetId).ToImmutableArray();
        var events = new List<IFixtureEvent> { new BetsTrackedTogether(_fixtureId, [.. accepted]) };
        if (!following.IsEmpty)
        {
            events.Add(new BetsMoved(_fixtureId, movedTo, following, MoveReasons.FollowedMove, MarketNow));
        }
        PersistThen(events, refused: () => sender.Tell(NotWritten(reply)), then: () =>
        {
            sender.Tell(reply);
            DeliverMoved();
        });
    }

    private void StopGrading(string betId)
    {
        if (_graders.Remove(betId, out var grader))
        {
            Context.Stop(grader);
        }
        _ungraded.Remove(betId);
        if (_round is { } round && round.Waiting.Remove(betId) && round.Waiting.Count == 0)
        {
            FinishRound();
        }
    }

    /// <summary>Hands the moved bets to their new fixture until it acknowledges them all (a repeat is a duplicate there).</summary>
    private void DeliverMoved()
    {
        if (_deliveringMovedBets || _state.MovedTo is not { } movedTo)
        {
            return;
        }
        _deliveringMovedBets = true;
        var bets = _state.MovedBets();
        ActorRegistry.For(Context.System).Get<FixtureRegion>()
            .Ask<BetsTracked>(new TrackBets(movedTo, bets), _settings.RoundTimeout)
            .PipeTo(Self, success: tracked => new MovedBetsDelivered(tracked, bets.Length), failure: error => new MovedBetsDelivered(null, bets.Length, error));
    }

    private void OnMovedBetsDelivered(MovedBetsDelivered delivered)
    {
        _deliveringMovedBets = false;
        if (delivered.Tracked is not { } tracked)
        {
            _log.Warning("Fixture {0}: the fixture its bets moved to did not acknowledge them ({1}); trying again", _fixtureId, delivered.Error?.Message);
            Timers.StartSingleTimer(MoveTimer, DeliverMovedBets.Instance, _settings.RetryInterval);
            return;
        }
        foreach (var rejected in tracked.Outcomes.Where(outcome => outcome.Status == TrackStatus.Rejected))
        {
            _log.Error("Fixture {0} refused bet {1} moved from fixture {2}: {3}", tracked.FixtureId, rejected.BetId, _fixtureId, rejected.Reason);
        }
        if (_state.MovedBets().Length > delivered.Sent)
        {
            // More bets followed the move while this hand-over was under way.
            DeliverMoved();
            return;
        }
        Context.Parent.Tell(new Passivate(StopFixture.Instance));
    }

    // ---- odds: the book is not persisted, the closing lines are (see FixtureOdds) ----

    private void OnOdds(ApplyOdds command)
    {
        var applied = _odds.Apply(command, _state.Kickoff, MarketNow);
        var told = OddsTold.Nothing;
        foreach (var tick in command.Ticks)
        {
            told = told.Plus(_tell.Signals(tick));
        }
        if (told.Anything && _state.Status == MatchStatus.Live && !_state.AllBetsDecided)
        {
            if (Decidable(told) && _signalled.Signal(Now, told.MayBeGoal))
            {
                Fetch(RefreshReasons.Odds);
            }
            _unseen.Add(told);
        }
        if (_odds.SignalPending && !Timers.IsTimerActive(SignalTimer))
        {
            Timers.StartSingleTimer(SignalTimer, SignalDue.Instance, _settings.Odds.SignalEvery);
        }
        if (applied.PricedBeforeKickoff)
        {
            CloseLinesWhenDue();
        }
    }

    /// <summary>The drops and new value bets of the ticks since the last announcement, to every watcher at once.</summary>
    private void AnnounceOdds()
    {
        if (_odds.TakeSignal(_fixtureId, MarketNow) is { } signal)
        {
            OddsSignals.Publish(Context.System, signal);
        }
    }

    /// <summary>Fixes the closing lines still open once kickoff (plus the delay) has passed; until then waits for it.</summary>
    private void CloseLinesWhenDue()
    {
        if (_odds.ClosesAt(_settings.ClosingLineDelay) is not { } closesAt)
        {
            return;
        }
        if (MarketNow < closesAt)
        {
            if (!Timers.IsTimerActive(CloseTimer))
            {
                Timers.StartSingleTimer(CloseTimer, CloseLinesDue.Instance, closesAt - MarketNow);
            }
            return;
        }
        Timers.Cancel(CloseTimer);
        var lines = _odds.CloseLines(_state.Bets);
        PersistThen(lines.Count == 0 ? [] : [new ClosingLinesFixed(_fixtureId, [.. lines])], () => { });
    }

    // ---- grading rounds ----

    /// <summary>Bets tracked or match details changed since the last round are graded against the latest details.</summary>
    private void GradeUngraded()
    {
        if (_round is not null || _latest is null || _ungraded.Count == 0)
        {
            return;
        }
        var round = new GradingRound(++_roundCounter, [.. _ungraded]);
        _ungraded.Clear();
        _round = round;
        var message = new GradeRound(round.Id, _latest.Details, MarketNow);
        foreach (var betId in round.Waiting)
        {
            _graders[betId].Tell(message);
        }
        Timers.StartSingleTimer(RoundTimer, new RoundTimedOut(round.Id), _settings.RoundTimeout);
    }

    private void OnGraded(Graded graded)
    {
        if (_round is not { } round || round.Id != graded.Round || !round.Waiting.Remove(graded.BetId))
        {
            return;
        }
        if (graded.Settlement is { } decided)
        {
            round.Decisions.Add(decided);
        }
        if (round.Waiting.Count == 0)
        {
            FinishRound();
        }
    }

    /// <summary>Persist every decision of the round that the state judges new, as one event.</summary>
    private void FinishRound()
    {
        var round = _round!;
        Timers.Cancel(RoundTimer);
        if (round.Waiting.Count > 0)
        {
            // Their answers to this round will be ignored: grade them again in the next one rather than lose the payload.
            _log.Warning("Fixture {0}: {1} graders did not answer round {2} in time", _fixtureId, round.Waiting.Count, round.Id);
            _ungraded.UnionWith(round.Waiting);
        }
        var settlements = round.Decisions.Select(_state.Decide).OfType<Settlement>().ToList();
        // A change's index inside its event is part of its journal position, which leaves room for so many per event.
        var events = settlements.Chunk(JournalPosition.ChangesPerEvent)
            .Select(chunk => (IFixtureEvent)new RoundSettled(_fixtureId, [.. chunk])).ToList();
        PersistThen(events, EndRound);
    }

    private void EndRound()
    {
        _round = null;
        if (_ungraded.Count > 0)
        {
            GradeUngraded();
            return;
        }
        ScheduleNextPoll();
    }

    /// <summary>
    /// Writes the events in one batch, applies each as it becomes durable, then continues with <paramref name="then"/>;
    /// if the journal refuses any of them (it could not store it), with <paramref name="refused"/> instead, by default
    /// <see cref="RetryAfterRefusal"/>. A journal that fails outright stops the fixture (Akka's rule): nothing of the
    /// batch is applied and its next incarnation recovers what was written.
    /// </summary>
    private void PersistThen(IReadOnlyList<IFixtureEvent> events, Action then, Action? refused = null)
    {
        if (events.Count == 0)
        {
            then();
            return;
        }
        _write = new PendingWrite(events.Count, then, refused ?? RetryAfterRefusal);
        PersistAll(events, e =>
        {
            _state.Apply(e);
            WriteAnswered();
        });
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        _log.Error(cause, "Fixture {0}: the journal refused {1} (sequence {2}); none of it was applied", _fixtureId, @event.GetType().Name, sequenceNr);
        _write?.Refuse();
        WriteAnswered();
    }

    private void WriteAnswered()
    {
        if (_write is not { } write || !write.Answered())
        {
            return;
        }
        _write = null;
        AfterWrites();
        write.Continue();
    }

    /// <summary>
    /// After a refused write: no round is open, and the next poll's payload counts as new, so every bet is graded
    /// again from it (a refusal caused by one payload is not retried in a tight loop, only at the poll cadence).
    /// </summary>
    private void RetryAfterRefusal()
    {
        _round = null;
        _latest = null;
        ScheduleNextPoll();
    }

    // ---- schedule, snapshots, passivation ----

    private void ScheduleNextPoll()
    {
        var next = PollSchedule.Next(_state, Now, _settings, Decidable());
        if (next is { } wait)
        {
            SchedulePoll(wait);
            return;
        }
        _log.Info("Fixture {0} is done: {1} bets decided, corrections checked; passivating", _fixtureId, _state.BetCount);
        Context.Parent.Tell(new Passivate(StopFixture.Instance));
    }

    /// <summary>
    /// Sets the next poll unless one is already set sooner. The cadence runs from the last answer (which cancels the
    /// timer): bets tracked in play end grading rounds every few seconds, and must not push the poll back each time.
    /// </summary>
    private void SchedulePoll(TimeSpan wait)
    {
        var due = Now + wait;
        if (Timers.IsTimerActive(PollTimer) && _pollDue <= due)
        {
            return;
        }
        _pollDue = due;
        Timers.StartSingleTimer(PollTimer, Poll.Instance, wait);
    }

    /// <summary>
    /// Whether the next event (of those the odds told of, when given) could decide one of the open bets, by the latest
    /// match data.
    /// </summary>
    private bool Decidable(OddsTold? told = null) =>
        _latest is { } latest &&
        _state.Bets.Any(bet => !bet.IsDecided && bet.IsGradedHere && told?.Concerns(bet.Bet) != false && Decides(told, bet.Bet, latest.Details));

    /// <summary>The schedule also waits for a whistle; what the odds told of is an event, and only an event counts for it.</summary>
    private bool Decides(OddsTold? told, Bet bet, MatchDetails match)
    {
        var unseen = _unseen.Count(seen => seen.Concerns(bet));
        return told is null
            ? NextEvent.CouldDecide(bet, match, _settings.Policy, unseen)
            : NextEvent.AnEventCouldDecide(bet, match, _settings.Policy, unseen);
    }

    private void AfterWrites()
    {
        if (LastSequenceNr - _lastSnapshotSequenceNr >= _settings.SnapshotEvery)
        {
            SaveSnapshot(_state.ToSnapshot());
            _lastSnapshotSequenceNr = LastSequenceNr;
        }
    }

    /// <summary>
    /// Each snapshot holds every bet of the fixture, so only the newest is kept; the events stay (the audit trail the
    /// read model is built from).
    /// </summary>
    private void OnSnapshotSaved(SaveSnapshotSuccess success)
    {
        _lastSnapshotSequenceNr = success.Metadata.SequenceNr;
        DeleteSnapshots(new SnapshotSelectionCriteria(success.Metadata.SequenceNr - 1));
    }

    /// <summary>
    /// The batch being written. A persistent actor stashes commands until a batch's handlers have run, so there is one at
    /// a time; each event is answered once, written or refused.
    /// </summary>
    private sealed class PendingWrite(int events, Action then, Action refused)
    {
        private int _unanswered = events;
        private bool _refused;

        public void Refuse() => _refused = true;

        /// <summary>One more event answered; true when it was the last.</summary>
        public bool Answered() => --_unanswered == 0;

        public void Continue() => (_refused ? refused : then)();
    }

    private sealed record GradingRound(long Id, HashSet<string> Waiting)
    {
        public List<Settlement> Decisions { get; } = [];
    }

    private sealed class Poll : INoSerializationVerificationNeeded, INotInfluenceReceiveTimeout
    {
        public static readonly Poll Instance = new();
    }

    private sealed class SignalledPoll : INoSerializationVerificationNeeded, INotInfluenceReceiveTimeout
    {
        public static readonly SignalledPoll Instance = new();
    }

    private sealed record MatchDataArrived(MatchData Data) : INoSerializationVerificationNeeded;

    private sealed record MatchDataFailed(Exception Error) : INoSerializationVerificationNeeded;

    private sealed record RoundTimedOut(long Round) : INoSerializationVerificationNeeded;

    private sealed class DeliverMovedBets : INoSerializationVerificationNeeded
    {
        public static readonly DeliverMovedBets Instance = new();
    }

    private sealed record MovedBetsDelivered(BetsTracked? Tracked, int Sent, Exception? Error = null) : INoSerializationVerificationNeeded;

    private sealed class CloseLinesDue : INoSerializationVerificationNeeded
    {
        public static readonly CloseLinesDue Instance = new();
    }

    private sealed class SignalDue : INoSerializationVerificationNeeded
    {
        public static readonly SignalDue Instance = new();
    }
}

using System.Collections.Immutable;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// Turns other providers' match ids into FotMob match ids (a cluster singleton): the mapping table first, then a
/// search of FotMob's listings around the kickoff, one search at a time through the rate limiter. A match found (or
/// named by an operator) is written to the mapping table before the resolver relies on it, so the table is always the
/// whole truth about known ids. Unmatched queries, their failed attempts and the bets waiting on them are journaled
/// and retried on a back-off, never dropped; once a match is known the bets go to their fixture until it acknowledges
/// them. Matching itself is the pure <see cref="FixtureMatcher"/>, the bookkeeping <see cref="PendingResolutions"/>.
/// </summary>
public sealed class FixtureResolver : ReceivePersistentActor, IWithTimers
{
    public const string PersistenceIdValue = "fixture-resolver";

    private readonly IFixtureSearch _search;
    private readonly FixtureMappingStore _store;
    private readonly IActorRef _fixtures;
    private readonly FixtureResolverSettings _settings;
    private readonly FixtureMatcher _matcher;
    private readonly PendingResolutions _pending;
    private readonly Dictionary<string, long> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<IActorRef>> _waiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deliveriesInFlight = new(StringComparer.Ordinal);
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private int _eventsSinceSnapshot;

    /// <summary>A search, and the saving of what it found, is under way: one at a time keeps FotMob's budget for live fixtures.</summary>
    private bool _searching;

    public FixtureResolver(IFixtureSearch search, FixtureMappingStore store, IActorRef fixtures, FixtureResolverSettings settings)
    {
        _search = search;
        _store = store;
        _fixtures = fixtures;
        _settings = settings;
        _matcher = new FixtureMatcher(settings.KickoffWindow);
        _pending = new PendingResolutions(settings.Backoff);

        Recover<SnapshotOffer>(offer => _pending.Restore((FixtureResolverSnapshot)offer.Snapshot));
        Recover<IFixtureResolverEvent>(Apply);
        Recover<RecoveryCompleted>(_ => LoadMappings());
        Loading();
    }

    public static Props Props(IFixtureSearch search, FixtureMappingStore store, IActorRef fixtures, FixtureResolverSettings settings) =>
        Akka.Actor.Props.Create(() => new FixtureResolver(search, store, fixtures, settings));

    public override string PersistenceId => PersistenceIdValue;

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private void LoadMappings() =>
        _store.ListAsync(CancellationToken.None).PipeTo(Self, success: mappings => new MappingsLoaded(mappings), failure: e => new MappingsUnavailable(e));

    /// <summary>Until the mapping table is read, every request waits (a wrong "unknown" would start needless searches).</summary>
    private void Loading()
    {
        Command<MappingsLoaded>(loaded =>
        {
            foreach (var mapping in loaded.Mappings)
            {
                _known[mapping.ExternalId] = mapping.FixtureId;
            }
            Timers.StartPeriodicTimer("tick", Tick.Instance, _settings.TickInterval);
            Become(Ready);
            Stash.UnstashAll();
        });
        Command<MappingsUnavailable>(failed =>
        {
            _log.Error(failed.Cause, "Fixture mapping table unavailable; retrying");
            Timers.StartSingleTimer("load", LoadAgain.Instance, _settings.TickInterval);
        });
        Command<LoadAgain>(_ => LoadMappings());
        CommandAny(_ => Stash.Stash());
    }

    private void Ready()
    {
        Command<ResolveFixture>(resolve => Resolve(resolve.Query, [], Sender));
        Command<TrackOnResolvedFixture>(track => Resolve(track.Query, track.Bets, Sender));
        Command<RelocateFixture>(Relocate);
        Command<MapFixture>(map => SaveMapping(new FixtureMapping(map.ExternalId, map.FixtureId, null, Now), Sender, fromSearch: false));
        Command<GetUnresolvedFixtures>(_ => Sender.Tell(new UnresolvedFixtures(_pending.Describe())));
        Command<Tick>(_ => OnTick());
        Command<SearchCompleted>(OnSearchCompleted);
        Command<MappingSaved>(saved => OnMappingSaved(saved.Mapping, saved.ReplyTo, saved.FromSearch));
        Command<MappingNotSaved>(OnMappingNotSaved);
        Command<BetsDelivered>(OnBetsDelivered);
        Command<DeliveryFailed>(failed =>
        {
            _deliveriesInFlight.Remove(failed.ExternalId);
            _log.Warning("Fixture {0} did not acknowledge bets held for {1}: {2}; will resend", failed.FixtureId, failed.ExternalId, failed.Cause.Message);
        });
        Command<SaveSnapshotSuccess>(saved =>
        {
            DeleteMessages(saved.Metadata.SequenceNr);
            DeleteSnapshots(new SnapshotSelectionCriteria(saved.Metadata.SequenceNr - 1));
        });
        Command<SaveSnapshotFailure>(failed => _log.Warning("Fixture resolver snapshot failed: {0}", failed.Cause.Message));
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(failed => _log.Warning("Fixture resolver journal clean-up failed: {0}", failed.Cause.Message));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(failed => _log.Warning("Fixture resolver snapshot clean-up failed: {0}", failed.Cause.Message));
    }

    /// <summary>
    /// A query, with or without bets (<see cref="ResolveFixture"/>, <see cref="TrackOnResolvedFixture"/>): bets on a
    /// known match go to its fixture, whose answer is passed on; otherwise the query and the bets are kept.
    /// </summary>
    private void Resolve(FixtureQuery query, ImmutableArray<Bet> bets, IActorRef asker)
    {
        var externalId = query.ExternalId;
        if (_known.TryGetValue(externalId, out var fixtureId))
        {
            if (bets.IsEmpty)
            {
                asker.Tell(new FixtureResolution(externalId, fixtureId));
            }
            else
            {
                // A fixture that does not answer in time fails the ask: the asker reports the bets unavailable.
                _fixtures.Ask<BetsTracked>(Track(fixtureId, bets), _settings.DeliveryTimeout)
                    .PipeTo(asker, success: tracked => new ResolvedBets(externalId, tracked));
            }
            return;
        }
        if (bets.IsEmpty && !asker.IsNobody())
        {
            // Told again when the match is found; an asker of bets has its answer once they are kept.
            Waiting(externalId).Add(asker);
        }
        if (_pending.IsUnresolved(externalId) && bets.IsEmpty)
        {
            asker.Tell(new FixtureResolution(externalId, null));
            return;
        }
        // "Kept" is only said once the query and its bets are durable.
        Persist(new ResolutionQueued(query, bets), queued =>
        {
            Apply(queued);
            asker.Tell(bets.IsEmpty ? new FixtureResolution(externalId, null) : new ResolvedBets(externalId, null));
        });
    }

    /// <summary>
    /// A fixture whose id stopped answering: told at once when its key, or an odds id of its bets, is mapped to another
    /// fixture; otherwise searched for like any unresolved query, under its key, and never found as itself.
    /// </summary>
    private void Relocate(RelocateFixture request)
    {
        var key = FixtureRelocation.KeyOf(request.FixtureId);
        if (_known.TryGetValue(key, out var found))
        {
            _fixtures.Tell(new FixtureRelocated(request.FixtureId, found));
            return;
        }
        var mapped = request.OddsEventIds.IsDefault
            ? null
            : request.OddsEventIds.Select(id => _known.TryGetValue(id, out var to) ? to : (long?)null).FirstOrDefault(to => to is { } other && other != request.FixtureId);
        if (mapped is { } target)
        {
            SaveMapping(new FixtureMapping(key, target, null, Now), replyTo: null, fromSearch: false);
            return;
        }
        if (_pending.IsUnresolved(key))
        {
            return;
        }
        var query = (request.Query ?? FixtureRelocation.Unsearchable(request.FixtureId)) with { ExternalId = key };
        _log.Warning("Fixture {0} stopped answering; looking for its match ({1} v {2})", request.FixtureId, query.HomeTeam, query.AwayTeam);
        Persist(new ResolutionQueued(query, []), queued =>
        {
            Apply(queued);
            SearchNextDue();
        });
    }

    private void OnTick()
    {
        foreach (var held in _pending.Undelivered.ToList())
        {
            Deliver(held);
        }
        SearchNextDue();
    }

    private void SearchNextDue()
    {
        if (_searching || _pending.NextDue(Now) is not { } query)
        {
            return;
        }
        _searching = true;
        if (!FixtureRelocation.IsSearchable(query))
        {
            FailAttempt(query.ExternalId, $"the fixture never showed its teams, so no search can find its match: map {query.ExternalId} to the right match id");
            return;
        }
        _search.SearchAsync(query.Kickoff - _settings.KickoffWindow, query.Kickoff + _settings.KickoffWindow, CancellationToken.None)
            .PipeTo(Self,
                success: candidates => new SearchCompleted(query, candidates, null),
                failure: e => new SearchCompleted(query, [], MessageOf(e)));
    }

    private void OnSearchCompleted(SearchCompleted completed)
    {
        var query = completed.Query;
        if (!_pending.IsUnresolved(query.ExternalId) || _known.ContainsKey(query.ExternalId))
        {
            // An operator mapped it meanwhile.
            SearchDone();
            return;
        }
        // A fixture looking for its match again must not find itself.
        var relocating = FixtureRelocation.FixtureOf(query.ExternalId);
        var candidates = completed.Candidates.Where(candidate => candidate.MatchId != relocating).ToList();
        if (completed.Error is null && _matcher.Find(query, candidates) is { } match)
        {
            SaveMapping(new FixtureMapping(query.ExternalId, match.Candidate.MatchId, match.Score, Now), replyTo: null, fromSearch: true);
            return;
        }
        FailAttempt(query.ExternalId,
            completed.Error ?? $"no single match for {query.HomeTeam} v {query.AwayTeam} among {candidates.Count} candidates");
    }

    /// <summary>
    /// The table first: a mapping the resolver acts on is never missing from it. <paramref name="replyTo"/> is an
    /// operator; <paramref name="fromSearch"/> says the search slot is held until the mapping is saved.
    /// </summary>
    private void SaveMapping(FixtureMapping mapping, IActorRef? replyTo, bool fromSearch) =>
        _store.SaveAsync(mapping, CancellationToken.None).PipeTo(Self,
            success: () => new MappingSaved(mapping, replyTo, fromSearch),
            failure: e => new MappingNotSaved(mapping, replyTo, fromSearch, MessageOf(e)));

    private void OnMappingSaved(FixtureMapping mapping, IActorRef? replyTo, bool fromSearch) =>
        Persist(new ExternalFixtureResolved(mapping.ExternalId, mapping.FixtureId, mapping.Score, mapping.ResolvedAt), resolved =>
        {
            Apply(resolved);
            var answer = new FixtureResolution(resolved.ExternalId, resolved.FixtureId);
            replyTo?.Tell(answer);
            if (_waiting.Remove(resolved.ExternalId, out var askers))
            {
                foreach (var asker in askers.Where(a => !a.Equals(replyTo)))
                {
                    asker.Tell(answer);
                }
            }
            _log.Info("Fixture {0} resolved to FotMob match {1} (score {2})", resolved.ExternalId, resolved.FixtureId, resolved.Score);
            if (FixtureRelocation.FixtureOf(resolved.ExternalId) is { } relocated)
            {
                _fixtures.Tell(new FixtureRelocated(relocated, resolved.FixtureId));
            }
            if (fromSearch)
            {
                SearchDone();
            }
            foreach (var held in _pending.Undelivered.Where(u => u.ExternalId == resolved.ExternalId).ToList())
            {
                Deliver(held);
            }
        });

    private void OnMappingNotSaved(MappingNotSaved failed)
    {
        var externalId = failed.Mapping.ExternalId;
        _log.Error("Could not save the mapping of {0} to {1}: {2}", externalId, failed.Mapping.FixtureId, failed.Error);
        if (failed.ReplyTo is { } operatorRef)
        {
            operatorRef.Tell(new FixtureResolution(externalId, null, $"the mapping could not be saved: {failed.Error}"));
            return;
        }
        if (!failed.FromSearch)
        {
            // A relocation answered from the table: the fixture asks again on its next unanswered poll.
            return;
        }
        FailAttempt(externalId, $"found match {failed.Mapping.FixtureId} but could not save the mapping: {failed.Error}");
    }

    private void FailAttempt(string externalId, string error) =>
        Persist(new ResolutionAttemptFailed(externalId, error, Now), failed =>
        {
            Apply(failed);
            _log.Info("Fixture {0} unresolved: {1}", externalId, error);
            SearchDone();
        });

    /// <summary>The next due query goes at once rather than a tick later: a backlog after a restart clears quickly.</summary>
    private void SearchDone()
    {
        _searching = false;
        SearchNextDue();
    }

    private void Apply(IFixtureResolverEvent @event)
    {
        _pending.Apply(@event);
        if (@event is ExternalFixtureResolved resolved)
        {
            _known[resolved.ExternalId] = resolved.FixtureId;
        }
        // Counted on replay too, so a resolver that keeps restarting still snapshots.
        if (++_eventsSinceSnapshot >= _settings.SnapshotEvery && !IsRecovering)
        {
            _eventsSinceSnapshot = 0;
            SaveSnapshot(_pending.ToSnapshot());
        }
    }

    /// <summary>Hands held bets to their fixture; a duplicate delivery after a crash is acknowledged as such there.</summary>
    private void Deliver(HeldDelivery held)
    {
        if (!_deliveriesInFlight.Add(held.ExternalId))
        {
            return;
        }
        _fixtures.Ask<BetsTracked>(Track(held.FixtureId, held.Bets), _settings.DeliveryTimeout)
            .PipeTo(Self,
                success: tracked => new BetsDelivered(held.ExternalId, tracked),
                failure: e => new DeliveryFailed(held.ExternalId, held.FixtureId, e));
    }

    private void OnBetsDelivered(BetsDelivered delivered)
    {
        _deliveriesInFlight.Remove(delivered.ExternalId);
        // The fixture's verdict is final: a bet it rejects would be rejected again, so it is reported, not resent.
        foreach (var rejected in delivered.Tracked.Outcomes.Where(o => o.Status == TrackStatus.Rejected))
        {
            _log.Warning("Fixture {0} rejected bet {1} held for {2}: {3}", delivered.Tracked.FixtureId, rejected.BetId, delivered.ExternalId, rejected.Reason);
        }
        Persist(new HeldBetsDelivered(delivered.ExternalId, [.. delivered.Tracked.Outcomes.Select(outcome => outcome.BetId)]), Apply);
    }

    private static TrackBets Track(long fixtureId, ImmutableArray<Bet> bets) =>
        new(fixtureId, [.. bets.Select(bet => bet with { FixtureId = fixtureId })]);

    private HashSet<IActorRef> Waiting(string externalId) =>
        _waiting.TryGetValue(externalId, out var askers) ? askers : _waiting[externalId] = [];

    /// <summary>The failure's own message: an AggregateException only wraps it, an inner exception would lose what was asked.</summary>
    private static string MessageOf(Exception error) =>
        (error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : error).Message;

    private sealed record MappingsLoaded(IReadOnlyList<FixtureMapping> Mappings);

    private sealed record MappingsUnavailable(Exception Cause);

    private sealed record LoadAgain
    {
        public static readonly LoadAgain Instance = new();
    }

    private sealed record Tick
    {
        public static readonly Tick Instance = new();
    }

    private sealed record SearchCompleted(FixtureQuery Query, IReadOnlyList<FixtureCandidate> Candidates, string? Error);

    private sealed record MappingSaved(FixtureMapping Mapping, IActorRef? ReplyTo, bool FromSearch);

    private sealed record MappingNotSaved(FixtureMapping Mapping, IActorRef? ReplyTo, bool FromSearch, string Error);

    private sealed record BetsDelivered(string ExternalId, BetsTracked Tracked);

    private sealed record DeliveryFailed(string ExternalId, long FixtureId, Exception Cause);
}

using System.Collections.Immutable;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// Turns other providers' match ids into FotMob match ids (a cluster singleton): the mapping table first, then a
/// search of FotMob's listings around the kickoff, one search at a time through the rate limiter. Unmatched queries
/// and the bets waiting on them are journaled and retried on a back-off, never dropped; once a match is known the
/// bets go to their fixture until it acknowledges them. Matching itself is the pure <see cref="FixtureMatcher"/>.
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
    private readonly Dictionary<string, List<IActorRef>> _waiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deliveriesInFlight = new(StringComparer.Ordinal);
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private bool _searching;

    public FixtureResolver(IFixtureSearch search, FixtureMappingStore store, IActorRef fixtures, FixtureResolverSettings settings)
    {
        _search = search;
        _store = store;
        _fixtures = fixtures;
        _settings = settings;
        _matcher = new FixtureMatcher(settings.KickoffWindow);
        _pending = new PendingResolutions(settings.Backoff);

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
        LoadAsync().PipeTo(Self, failure: e => new MappingsUnavailable(e));

    private async Task<MappingsLoaded> LoadAsync()
    {
        await _store.EnsureCreatedAsync(CancellationToken.None);
        return new MappingsLoaded(await _store.ListAsync(CancellationToken.None));
    }

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
        Command<ResolveFixture>(Resolve);
        Command<MapFixture>(map => PersistResolved(new ExternalFixtureResolved(map.ExternalId, map.FixtureId, null, Now)));
        Command<GetUnresolvedFixtures>(_ => Sender.Tell(new UnresolvedFixtures(_pending.Describe())));
        Command<Tick>(_ => OnTick());
        Command<SearchCompleted>(OnSearchCompleted);
        Command<BetsDelivered>(delivered =>
        {
            _deliveriesInFlight.Remove(delivered.ExternalId);
            Persist(new HeldBetsDelivered(delivered.ExternalId), Apply);
        });
        Command<DeliveryFailed>(failed =>
        {
            _deliveriesInFlight.Remove(failed.ExternalId);
            _log.Warning("Fixture {0} did not acknowledge bets held for {1}: {2}; will resend", failed.FixtureId, failed.ExternalId, failed.Cause.Message);
        });
    }

    private void Resolve(ResolveFixture request)
    {
        var externalId = request.Query.ExternalId;
        if (_known.TryGetValue(externalId, out var fixtureId))
        {
            if (request.Bets.IsEmpty)
            {
                Sender.Tell(new FixtureResolution(externalId, fixtureId));
            }
            else
            {
                // The fixture answers the asker itself, bet by bet.
                _fixtures.Forward(Track(fixtureId, request.Bets));
            }
            return;
        }
        Waiting(externalId).Add(Sender);
        Sender.Tell(new FixtureResolution(externalId, null));
        if (!_pending.IsUnresolved(externalId) || !request.Bets.IsEmpty)
        {
            Persist(new ResolutionQueued(request.Query, request.Bets), Apply);
        }
    }

    private void OnTick()
    {
        foreach (var (externalId, fixtureId, bets) in _pending.Undelivered.ToList())
        {
            Deliver(externalId, fixtureId, bets);
        }
        if (_searching || _pending.NextDue(Now) is not { } query)
        {
            return;
        }
        _searching = true;
        _search.SearchAsync(query.Kickoff - _settings.KickoffWindow, query.Kickoff + _settings.KickoffWindow, CancellationToken.None)
            .PipeTo(Self,
                success: candidates => new SearchCompleted(query, candidates, null),
                failure: e => new SearchCompleted(query, [], e.GetBaseException().Message));
    }

    private void OnSearchCompleted(SearchCompleted completed)
    {
        _searching = false;
        var externalId = completed.Query.ExternalId;
        if (!_pending.IsUnresolved(externalId))
        {
            return;
        }
        if (completed.Error is null && _matcher.Find(completed.Query, completed.Candidates) is { } match)
        {
            PersistResolved(new ExternalFixtureResolved(externalId, match.Candidate.MatchId, match.Score, Now));
            return;
        }
        var reason = completed.Error ?? $"no single match for {completed.Query.HomeTeam} v {completed.Query.AwayTeam} among {completed.Candidates.Count} candidates";
        _pending.Failed(externalId, reason, Now);
        _log.Info("Fixture {0} unresolved: {1}", externalId, reason);
    }

    private void PersistResolved(ExternalFixtureResolved resolved) =>
        Persist(resolved, _ =>
        {
            Apply(resolved);
            _store.SaveAsync(new FixtureMapping(resolved.ExternalId, resolved.FixtureId, resolved.Score, resolved.At), CancellationToken.None)
                .ContinueWith(t => _log.Error(t.Exception, "Could not save mapping {0}; the journal still has it", resolved.ExternalId),
                    TaskContinuationOptions.OnlyOnFaulted);
            if (_waiting.Remove(resolved.ExternalId, out var askers))
            {
                askers.ForEach(asker => asker.Tell(new FixtureResolution(resolved.ExternalId, resolved.FixtureId)));
            }
            OnTick();
        });

    private void Apply(IFixtureResolverEvent @event)
    {
        _pending.Apply(@event);
        if (@event is ExternalFixtureResolved resolved)
        {
            _known[resolved.ExternalId] = resolved.FixtureId;
        }
    }

    /// <summary>Hands held bets to their fixture; a duplicate delivery after a crash is acknowledged as such there.</summary>
    private void Deliver(string externalId, long fixtureId, ImmutableArray<Bet> bets)
    {
        if (!_deliveriesInFlight.Add(externalId))
        {
            return;
        }
        _fixtures.Ask<BetsTracked>(Track(fixtureId, bets), _settings.DeliveryTimeout)
            .PipeTo(Self,
                success: _ => new BetsDelivered(externalId),
                failure: e => new DeliveryFailed(externalId, fixtureId, e));
    }

    private static TrackBets Track(long fixtureId, ImmutableArray<Bet> bets) =>
        new(fixtureId, [.. bets.Select(bet => bet with { FixtureId = fixtureId })]);

    private List<IActorRef> Waiting(string externalId) =>
        _waiting.TryGetValue(externalId, out var askers) ? askers : _waiting[externalId] = [];

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

    private sealed record BetsDelivered(string ExternalId);

    private sealed record DeliveryFailed(string ExternalId, long FixtureId, Exception Cause);
}

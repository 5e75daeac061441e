using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Matches.Resolution;

namespace Proppr.Actors.Odds.Client;

/// <summary>
/// The feed's child that sends ticks to the fixture region by FotMob fixture id (rules in <see cref="OddsRouting"/>):
/// asks the fixture resolver about each described event (with no bets: it answers a <see cref="FixtureResolution"/>
/// now and another when it finds the match), holds ticks of unresolved events and releases them on resolution, and
/// asks again about events still unresolved, in case the resolver moved and forgot who was waiting.
/// </summary>
internal sealed class OddsTickRouter : ReceiveActor, IWithTimers
{
    private readonly OddsRouting _routing = new();
    private readonly IActorRef _fixtures;
    private readonly IActorRef _resolver;
    private readonly TimeSpan _retry;
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public OddsTickRouter(IActorRef fixtures, IActorRef resolver, TimeSpan retry)
    {
        _fixtures = fixtures;
        _resolver = resolver;
        _retry = retry;

        Receive<EventsDescribed>(described => Ask(_routing.Describe(described.Events, Now)));
        Receive<RouteOdds>(route =>
        {
            foreach (var apply in _routing.Route(route.Updates))
            {
                _fixtures.Tell(apply);
            }
        });
        Receive<FixtureResolution>(resolution =>
        {
            if (resolution.FixtureId is { } fixtureId && _routing.Resolved(resolution.ExternalId, fixtureId) is { } released)
            {
                _log.Info("Odds event {0} is fixture {1}: releasing {2} held ticks", resolution.ExternalId, fixtureId, released.Ticks.Length);
                _fixtures.Tell(released);
            }
        });
        Receive<EventsRetired>(retired => _routing.Retire(retired.EventIds));
        Receive<RetryResolutions>(_ => Ask(_routing.DueAgain(Now, _retry)));
        Receive<GetOddsRoutingStatus>(_ => Sender.Tell(new OddsRoutingStatus(_routing.ResolvedEvents, _routing.HeldEvents, _routing.HeldTicks)));
    }

    public static Props Props(IActorRef fixtures, IActorRef resolver, TimeSpan retry) =>
        Akka.Actor.Props.Create(() => new OddsTickRouter(fixtures, resolver, retry));

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    protected override void PreStart() =>
        Timers.StartPeriodicTimer("retry", RetryResolutions.Instance, _retry < TimeSpan.FromMinutes(1) ? _retry : TimeSpan.FromMinutes(1));

    private void Ask(IReadOnlyList<FixtureQuery> queries)
    {
        foreach (var query in queries)
        {
            _resolver.Tell(new ResolveFixture(query));
        }
    }

    private sealed class RetryResolutions : INoSerializationVerificationNeeded
    {
        public static readonly RetryResolutions Instance = new();
    }
}

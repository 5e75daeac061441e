using System.Collections.Immutable;
using Akka.Actor;
using Akka.Persistence;
using Proppr.Actors.Fixtures;

namespace Proppr.TestSupport;

/// <summary>
/// Test-only stand-in for a fixture: persists the events it is given under the fixture's persistence id, so they take
/// the real path (event adapter, tag table, journal) without the fixture's grading. Answers each batch once durable.
/// </summary>
public sealed class FixtureJournalStandIn : ReceivePersistentActor
{
    public FixtureJournalStandIn(long fixtureId)
    {
        PersistenceId = $"fixture-{fixtureId}";
        Command<Write>(write =>
        {
            var sender = Sender;
            PersistAll(write.Events, _ => { });
            DeferAsync(write, _ => sender.Tell(Written.Instance));
        });
    }

    public override string PersistenceId { get; }

    public static Props Props(long fixtureId) => Akka.Actor.Props.Create(() => new FixtureJournalStandIn(fixtureId));

    public sealed record Write(ImmutableArray<IFixtureEvent> Events);

    public sealed record Written
    {
        public static readonly Written Instance = new();
    }
}

public static class FixtureJournal
{
    /// <summary>Persists <paramref name="events"/> through a stand-in for <paramref name="fixtureId"/> on <paramref name="system"/>.</summary>
    public static async Task WriteAsync(ActorSystem system, long fixtureId, params IFixtureEvent[] events)
    {
        var fixture = system.ActorOf(FixtureJournalStandIn.Props(fixtureId));
        try
        {
            await fixture.Ask<FixtureJournalStandIn.Written>(new FixtureJournalStandIn.Write([.. events]), TimeSpan.FromSeconds(30));
        }
        finally
        {
            system.Stop(fixture);
        }
    }
}

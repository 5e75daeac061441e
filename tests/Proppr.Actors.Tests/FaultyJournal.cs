using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence;
using Akka.Persistence.TestKit;
using Proppr.Actors.Fixtures;

namespace Proppr.Actors.Tests;

/// <summary>
/// Akka's test journal and snapshot store, in memory, whose writes a test makes fail or refuse
/// (<see cref="Of"/><c>.OnWrite</c>), for actor systems of a plain TestKit (with the fixtures' grader mailbox).
/// </summary>
internal static class FaultyJournal
{
    public static readonly Config Config = ConfigurationFactory.ParseString($$"""
        akka.persistence.journal.plugin = "akka.persistence.journal.test"
        akka.persistence.journal.test {
          class = "Akka.Persistence.TestKit.TestJournal, Akka.Persistence.TestKit"
          plugin-dispatcher = "akka.actor.default-dispatcher"
        }
        akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.test"
        akka.persistence.snapshot-store.test {
          class = "Akka.Persistence.TestKit.TestSnapshotStore, Akka.Persistence.TestKit"
          plugin-dispatcher = "akka.actor.default-dispatcher"
        }
        {{GraderMailbox.ConfigPath}}.mailbox-type = "{{typeof(GraderMailbox).AssemblyQualifiedName}}"
        """);

    public static ITestJournal Of(ActorSystem system) => TestJournal.FromRef(Persistence.Instance.Apply(system).JournalFor(null));
}
